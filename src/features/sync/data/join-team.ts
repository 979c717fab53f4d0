import type { JoinCode } from '../../../sync/join-link';
import type { MeResponse } from '../../../sync/protocol';
import type { Answer } from '../../../sync/sync-http';
import { joinTeam as storeJoin, tokenForCode } from '../../../sync/team-membership';

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
