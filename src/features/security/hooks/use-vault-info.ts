import { useLiveQuery } from 'dexie-react-hooks';
import { countUnsynced } from '../data/count-unsynced';
import { hasPasscode } from '../data/has-passcode';

/** Whether a passcode exists (undefined while loading). */
export function useHasPasscode(): boolean | undefined {
  return useLiveQuery(() => hasPasscode(), []);
}

/** Unsynced contacts, counted from the clear sync state (works while locked). */
export function useUnsyncedCount(): number | undefined {
  return useLiveQuery(() => countUnsynced(), []);
}
