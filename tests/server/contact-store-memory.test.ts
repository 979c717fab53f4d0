import { MemoryContactStore } from '../../server/contacts/memory-contact-store';
import { describeContactStoreContract } from './contact-store.contract';

describeContactStoreContract('MemoryContactStore', () => ({
  store: new MemoryContactStore(),
  teamA: 1,
  teamB: 2,
  close: () => undefined,
}));
