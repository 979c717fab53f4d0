import { setDeviceFlag } from '../../platform/device-flags/device-flags';
import { getDb } from '../../platform/db/db';
import { TABLES } from '../../platform/db/tables';
import { DirectoryEntrySchema, type DirectoryEntry } from '../../shared/directory/schema';
import { getTeamInfo } from '../team/sync-meta';

/**
 * Adds or edits an entry of this device ([S88]), checked against [S71] (the form checks first; this is the
 * last guard). A team entry is the coordinator's: only a coordinator's device may edit it, and the edit is stored
 * as a device entry with the same id. A sync keeps that device row instead of the team's ([S87]) and publishing
 * turns it back into a team entry, so the edit shadows the team copy until it is published.
 */
export async function saveDeviceEntry(entry: DirectoryEntry): Promise<DirectoryEntry> {
  const valid = DirectoryEntrySchema.parse(entry);
  const db = getDb();
  // The settings table is in the scope for the team's role, read below (src/data/team/sync-meta.ts).
  await db.transaction('rw', db.directoryEntries, TABLES.syncMeta, async () => {
    const existing = await db.directoryEntries.get(valid.id);
    // The role is read in the same transaction (no crypto: the token is not needed) so a device that left the
    // team, or joined another as a worker, in between cannot write over a team entry.
    if (existing?.source === 'team' && (await getTeamInfo())?.role !== 'coordinator') {
      throw new Error('A team entry is read-only on this device');
    }
    await db.directoryEntries.put({ ...valid, source: 'device' });
    // Scheme pages and the finder read the directory from now on (src/platform/device-flags/device-flags.ts).
    setDeviceFlag('directory', true);
  });
  return valid;
}
