import { useLiveQuery } from 'dexie-react-hooks';
import { hasPasscode } from './vault-store';

/** Whether a passcode exists (undefined while loading). */
export function useHasPasscode(): boolean | undefined {
  return useLiveQuery(() => hasPasscode(), []);
}
