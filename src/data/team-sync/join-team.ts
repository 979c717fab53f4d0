import type { JoinCode } from './join-link';
import type { MeResponse } from '../../shared/protocol/protocol';
import type { Answer } from '../team/sync-http';
import { joinTeam as storeJoin, tokenForCode } from './team-membership';

/**
 * Gets the device's token for the code (an invite is exchanged now, [S94]), then stores the team settings
 * (server, token, and the server's answer) and starts syncing. A refused exchange stores nothing.
 */
export async function joinTeam(serverUrl: string, code: JoinCode, checked: MeResponse): Promise<Answer<MeResponse>> {
  const answer = await tokenForCode(serverUrl, code, checked);
  if (!answer.ok) return answer;
  await storeJoin(serverUrl, answer.value.token, answer.value.me);
  return { ok: true, value: answer.value.me };
}
