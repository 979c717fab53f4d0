import { useLiveQuery } from 'dexie-react-hooks';
import { countUnsynced } from './count-unsynced';

/** Unsynced contacts, counted from the clear sync state (works while locked). */
export function useUnsyncedCount(): number | undefined {
  return useLiveQuery(() => countUnsynced(), []);
}
