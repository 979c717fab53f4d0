/**
 * Joining and leaving a team ([S46]). Joining stores the server's own answer about the token (GET /me), so
 * the device shows the team the server knows, not what a link claims. Leaving forgets the token, the sync
 * history and the team's directory; the contacts and the device's own directory entries are never touched.
 */
import { clearTeamDirectory } from './directory-sync';
import { postSyncMessage } from './sync-channel';
import { browserHttpDeps, fetchMe, type Answer } from './sync-http';
import { clearTeamSettings, saveTeamSettings, type TeamSettings } from './sync-meta';
import type { MeResponse } from './protocol';
import { reloadTeam } from './sync-triggers';

/** Which team and role the server says this token belongs to. */
export function checkJoinToken(serverUrl: string, token: string): Promise<Answer<MeResponse>> {
  return fetchMe(browserHttpDeps(), serverUrl, token);
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
