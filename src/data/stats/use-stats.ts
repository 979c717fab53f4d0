import { useLiveQuery } from 'dexie-react-hooks';
import { useDeviceFlag } from '../../platform/device-flags/use-device-flag';
import type { Role } from '../../shared/protocol/protocol';
import type { StatsQuery } from '../../shared/protocol/stats';
import { getTeamInfo } from '../team/sync-meta';
import { statsKey } from './stats-key';
import { getStoredReport, type StoredReport } from './stats-store';

export interface StatsAccess {
  /** The role the server gave this device's token when it joined (GET /me, [S32]); undefined without a team. */
  role: Role | undefined;
  team: string | undefined;
}

const NO_TEAM: StatsAccess = { role: undefined, team: undefined };

/**
 * Who may see the dashboard: only a coordinator's device. Live (joining or leaving changes it); undefined while
 * loading. A device that belongs to no team answers without opening the database.
 */
export function useStatsAccess(): StatsAccess | undefined {
  const inTeam = useDeviceFlag('team');
  return useLiveQuery(async () => {
    if (!inTeam) return NO_TEAM;
    const info = await getTeamInfo();
    return { role: info?.role, team: info?.team };
  }, [inTeam]);
}

/** The stored report of `query` (`stored` undefined when none yet, or no valid query); undefined while loading. */
export function useStoredReport(query: StatsQuery | undefined): { stored: StoredReport | undefined } | undefined {
  const key = query ? statsKey(query) : '';
  return useLiveQuery(
    async () => ({ stored: query ? await getStoredReport(await getTeamInfo(), query) : undefined }),
    // The key stands for the query: a new object with the same filters is the same report.
    [key],
  );
}
