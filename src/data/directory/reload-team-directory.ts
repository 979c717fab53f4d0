import { pullTeamDirectory, type DirectoryPull } from './directory-sync';
import { browserHttpDeps } from '../team/sync-http';
import { getTeamSettings } from '../team/sync-meta';

/** After a conflict: fetches the team's current version whatever the stored ETag; device entries stay. */
export async function reloadTeamDirectory(): Promise<DirectoryPull | undefined> {
  const settings = await getTeamSettings();
  if (!settings) return undefined;
  return pullTeamDirectory(browserHttpDeps(), settings, { force: true });
}
