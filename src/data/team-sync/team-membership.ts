/**
 * Joining and leaving a team ([S46]). Joining stores the server's own answer about the token (GET /me), so
 * the device shows the team the server knows, not what a link claims. Leaving forgets the token, the sync
 * history and the team's directory; the contacts and the device's own directory entries are never touched.
 */
import { clearTeamDirectory } from '../directory/directory-sync';
import { postSyncMessage } from './sync-channel';
import type { JoinCode } from './join-link';
import { browserHttpDeps, checkInvite, fetchMe, redeemInvite, type Answer } from '../team/sync-http';
import { clearTeamSettings, saveTeamSettings, type TeamSettings } from '../team/sync-meta';
import type { MeResponse } from '../../shared/protocol/protocol';
import { reloadTeam } from './sync-triggers';

/** Which team and role the server says this code joins; an invite is not used up by asking ([S94]). */
export function checkJoinCode(serverUrl: string, code: JoinCode): Promise<Answer<MeResponse>> {
  return code.kind === 'token'
    ? fetchMe(browserHttpDeps(), serverUrl, code.token)
    : checkInvite(browserHttpDeps(), serverUrl, code.invite).then((answer) =>
        answer.ok
          ? { ok: true, value: { team: answer.value.team, role: answer.value.role, label: answer.value.label } }
          : answer,
      );
}

/**
 * The device's token for a join code: a pasted token as is, an invite exchanged for a new token ([S94]). The
 * token arrives in a POST reply and goes straight to {@link joinTeam}, sealed when a passcode exists ([S93]).
 */
export async function tokenForCode(
  serverUrl: string,
  code: JoinCode,
  checked: MeResponse,
): Promise<Answer<{ token: string; me: MeResponse }>> {
  if (code.kind === 'token') return { ok: true, value: { token: code.token, me: checked } };
  const answer = await redeemInvite(browserHttpDeps(), serverUrl, code.invite);
  if (!answer.ok) return answer;
  const { token, ...me } = answer.value;
  return { ok: true, value: { token, me } };
}

export async function joinTeam(serverUrl: string, token: string, me: MeResponse): Promise<TeamSettings> {
  const settings: TeamSettings = { serverUrl, token, ...me, joinedAt: new Date().toISOString() };
  await saveTeamSettings(settings);
  // Another team's directory does not apply; this team's comes with the first sync.
  await clearTeamDirectory();
  postSyncMessage({ type: 'team-changed' });
  // Not awaited: the first sync may take a while; the status store shows its progress.
  void reloadTeam('joined');
  return settings;
}

export async function leaveTeam(): Promise<void> {
  await clearTeamSettings();
  // [S89] The team's entries go with the membership; the device's own entries stay.
  await clearTeamDirectory();
  postSyncMessage({ type: 'team-changed' });
  await reloadTeam(undefined);
}
