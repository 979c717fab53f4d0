import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { SectionRow } from '../../../db/rows';

/** What a link to a guide section needs. Read from the sections table: features never import each other. */
export type SectionRef = Pick<SectionRow, 'id' | 'number' | 'title'>;

/** The guide sections with these ids, in reading order; ids with no section are skipped. */
export async function listSectionRefs(ids: readonly string[], lang: ContentLanguage): Promise<SectionRef[]> {
  const rows = await contentTables(getDb(), lang).sections.bulkGet([...ids]);
  return rows
    .filter((row): row is SectionRow => row !== undefined)
    .sort((a, b) => a.order - b.order)
    .map(({ id, number, title }) => ({ id, number, title }));
}
