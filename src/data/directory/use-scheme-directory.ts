import { useLiveQuery } from 'dexie-react-hooks';
import { useDeviceFlag } from '../../platform/device-flags/use-device-flag';
import { listSchemeEntries } from './list-scheme-entries';

const NONE: never[] = [];

/**
 * One scheme's local structures, live; undefined while loading. A device whose directory never held an entry
 * answers "none" without opening the database (src/platform/device-flags/device-flags.ts).
 */
export function useSchemeDirectory(schemeId: string | undefined) {
  const hasEntries = useDeviceFlag('directory');
  return useLiveQuery(
    async () => (schemeId && hasEntries ? listSchemeEntries(schemeId) : NONE),
    [schemeId, hasEntries],
  );
}
