import { MemoryDirectoryStore } from '../../server/directory/memory-directory-store';
import { describeDirectoryStoreContract } from './directory-store.contract';

describeDirectoryStoreContract('MemoryDirectoryStore', () => {
  let now = new Date('2026-01-01T00:00:00Z');
  return {
    store: new MemoryDirectoryStore(() => now),
    teamA: 1,
    teamB: 2,
    setNow: (iso) => {
      now = new Date(iso);
    },
    close: () => undefined,
  };
});
