import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { SectionRow } from '../../../db/rows';

export type SectionLabel = Pick<SectionRow, 'id' | 'number' | 'title'>;

/** Number and title of the given guide sections, by id (unknown ids are left out). */
export async function listSectionLabels(ids: readonly string[], lang: ContentLanguage): Promise<Map<string, SectionLabel>> {
  const rows = await contentTables(getDb(), lang).sections.bulkGet([...ids]);
  return new Map(rows.filter((row) => row !== undefined).map(({ id, number, title }) => [id, { id, number, title }]));
}
