import { getDb } from '../../platform/db/db';

/** Removes an entry of this device; team entries stay (only the coordinator's publication changes them). */
export async function removeDeviceEntry(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.directoryEntries, async () => {
    const existing = await db.directoryEntries.get(id);
    if (existing?.source === 'device') await db.directoryEntries.delete(id);
  });
}
