import { getTeamInfo } from './sync-meta';

/** Whether this device joined a team: read from the clear team record, so it answers while locked too. */
export async function hasTeam(): Promise<boolean> {
  return (await getTeamInfo()) !== undefined;
}
