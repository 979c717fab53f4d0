import { useLiveQuery } from 'dexie-react-hooks';
import { useDeviceFlag } from '../../../lib/use-device-flag';
import { listSchemeEntries } from '../data/list-scheme-entries';

const NONE: never[] = [];

/**
 * One scheme's local structures, live; undefined while loading. A device whose directory never held an entry
 * answers "none" without opening the database (src/lib/device-flags.ts).
 */
export function useSchemeDirectory(schemeId: string | undefined) {
  const hasEntries = useDeviceFlag('directory');
  return useLiveQuery(
    async () => (schemeId && hasEntries ? listSchemeEntries(schemeId) : NONE),
    [schemeId, hasEntries],
  );
}
