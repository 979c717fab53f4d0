import { useLiveQuery } from 'dexie-react-hooks';
import { getUnsyncedSummary } from '../data/get-unsynced-summary';

/** Live counts of pending and flagged contacts (all tabs: Dexie live queries); undefined while loading. */
export function useUnsyncedSummary() {
  return useLiveQuery(() => getUnsyncedSummary(), []);
}
