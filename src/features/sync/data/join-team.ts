import type { MeResponse } from '../../../sync/protocol';
import { joinTeam as storeJoin } from '../../../sync/team-membership';

/** Stores the team settings (server, token, and the server's answer about the token) and starts syncing. */
export function joinTeam(serverUrl: string, token: string, me: MeResponse) {
  return storeJoin(serverUrl, token, me);
}
