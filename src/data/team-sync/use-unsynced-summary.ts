import { useLiveQuery } from 'dexie-react-hooks';
import { unsyncedSummary } from '../contacts/contact-store';

/** Live counts of pending and flagged contacts (all tabs: Dexie live queries); undefined while loading. */
export function useUnsyncedSummary() {
  return useLiveQuery(() => unsyncedSummary(), []);
}
