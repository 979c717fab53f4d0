import { useLiveQuery } from 'dexie-react-hooks';
import { useDeviceFlag } from '../../platform/device-flags/use-device-flag';
import { listListedSchemes } from './list-listed-schemes';

const NONE_LISTED = new Set<string>();

/**
 * The schemes the local directory lists (list-listed-schemes.ts), live; empty while loading and on a device
 * that holds no directory (its flag says so, and the database is not opened for it).
 */
export function useListedSchemes(): Set<string> {
  const hasDirectory = useDeviceFlag('directory');
  const listed = useLiveQuery(async () => (hasDirectory ? listListedSchemes() : NONE_LISTED), [hasDirectory]);
  return listed ?? NONE_LISTED;
}
