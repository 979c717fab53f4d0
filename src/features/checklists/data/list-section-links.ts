import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { SectionRow } from '../../../db/rows';

export type SectionLink = Pick<SectionRow, 'id' | 'number' | 'title'>;

/** Number and title of the given guide sections, in the given order (unknown ids are left out). */
export async function listSectionLinks(ids: readonly string[], lang: ContentLanguage): Promise<SectionLink[]> {
  const rows = await contentTables(getDb(), lang).sections.bulkGet([...ids]);
  return rows.filter((row) => row !== undefined).map(({ id, number, title }) => ({ id, number, title }));
}
