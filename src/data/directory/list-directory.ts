import { getDb } from '../../platform/db/db';
import type { DirectoryEntryRow } from '../../platform/db/rows';

/** Every entry on the device (the team's and this device's own), by name. */
export async function listDirectory(): Promise<DirectoryEntryRow[]> {
  const rows = await getDb().directoryEntries.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
