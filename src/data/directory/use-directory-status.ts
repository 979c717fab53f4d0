import { useLiveQuery } from 'dexie-react-hooks';
import { useDeviceFlag } from '../../platform/device-flags/use-device-flag';
import { getDirectoryStatus, type DirectoryStatus } from './get-directory-status';

/** No team: no role, no team directory (leaving a team clears its directory). */
const NO_TEAM: DirectoryStatus = { role: undefined, team: undefined, meta: undefined };

/**
 * Team role and the team directory's version, live (a sync or a publication updates it). A device that
 * belongs to no team answers so without opening the database (src/platform/device-flags/device-flags.ts).
 */
export function useDirectoryStatus() {
  const inTeam = useDeviceFlag('team');
  return useLiveQuery(async () => (inTeam ? getDirectoryStatus() : NO_TEAM), [inTeam]);
}
