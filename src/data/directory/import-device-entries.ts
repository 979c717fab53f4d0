import { setDeviceFlag } from '../../platform/device-flags/device-flags';
import { getDb } from '../../platform/db/db';
import type { DirectoryEntry } from '../../shared/directory/schema';

/**
 * Stores a whole imported file as this device's entries, in one transaction ([S75]: all or nothing). An entry
 * with the id of one already on the device replaces it (re-importing an edited export updates it).
 */
export async function importDeviceEntries(entries: readonly DirectoryEntry[]): Promise<number> {
  const db = getDb();
  await db.transaction('rw', db.directoryEntries, async () => {
    await db.directoryEntries.bulkPut(entries.map((entry) => ({ ...entry, source: 'device' as const })));
    // Scheme pages and the finder read the directory from now on (src/platform/device-flags/device-flags.ts).
    setDeviceFlag('directory', true);
  });
  return entries.length;
}
