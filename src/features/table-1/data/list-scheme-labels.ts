import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';

/** Short label of the given schemes, by id: the acronym when there is one (CEJ, TAPAJ), else the name. */
export async function listSchemeLabels(ids: readonly string[], lang: ContentLanguage): Promise<Map<string, string>> {
  const rows = await contentTables(getDb(), lang).schemes.bulkGet([...ids]);
  return new Map(rows.filter((row) => row !== undefined).map((row) => [row.id, row.acronym ?? (lang === 'fr' ? row.nameFr : row.nameEn)]));
}
