import { getDb } from '../../../db/db';
import type { DirectoryEntryRow } from '../../../db/rows';

/** What the shared summary says of a local structure: how to reach it, nothing else (no notes, no source). */
export type LocalStructure = Pick<DirectoryEntryRow, 'name' | 'address' | 'phone' | 'email' | 'openingHours'>;

/**
 * The local structures of one scheme, by name: the same rows and order as the directory's list that the app puts
 * in the summary's slot. Read from the shared table here because a feature may not import the directory feature.
 */
export async function listLocalStructures(schemeId: string): Promise<LocalStructure[]> {
  const rows = await getDb().directoryEntries.where('schemeId').equals(schemeId).toArray();
  return rows
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map(({ name, address, phone, email, openingHours }) => ({ name, address, phone, email, openingHours }));
}
