import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';

/** Title of the given checklists, by id (unknown ids are left out). */
export async function listChecklistTitles(ids: readonly string[], lang: ContentLanguage): Promise<Map<string, string>> {
  const rows = await contentTables(getDb(), lang).checklists.bulkGet([...ids]);
  return new Map(rows.filter((row) => row !== undefined).map((row) => [row.id, row.title]));
}
