import { getDb } from '../../../db/db';
import type { DirectoryEntryRow } from '../../../db/rows';

/** The local structures of one scheme, by name. */
export async function listSchemeEntries(schemeId: string): Promise<DirectoryEntryRow[]> {
  const rows = await getDb().directoryEntries.where('schemeId').equals(schemeId).toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
