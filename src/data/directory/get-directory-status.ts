import { getDirectoryMeta, type DirectoryMeta } from './directory-settings';
import { getTeamInfo } from '../team/sync-meta';

export interface DirectoryStatus {
  /** The team this device joined, if any, and its role there (a coordinator publishes). */
  role: 'worker' | 'coordinator' | undefined;
  team: string | undefined;
  meta: DirectoryMeta | undefined;
}

/** The team membership and the team directory's version on this device. */
export async function getDirectoryStatus(): Promise<DirectoryStatus> {
  const [settings, meta] = await Promise.all([getTeamInfo(), getDirectoryMeta()]);
  return { role: settings?.role, team: settings?.team, meta };
}
