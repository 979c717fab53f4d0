import { getDb } from '../../../db/db';

/** Title of the given checklists, by id (unknown ids are left out). */
export async function listChecklistTitles(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await getDb().checklists.bulkGet([...ids]);
  return new Map(rows.filter((row) => row !== undefined).map((row) => [row.id, row.title]));
}
