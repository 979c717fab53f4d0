import { getDb } from '../../../db/db';
import type { SectionRow } from '../../../db/rows';

export type SectionLink = Pick<SectionRow, 'id' | 'number' | 'title'>;

/** Number and title of the given guide sections, in the given order (unknown ids are left out). */
export async function listSectionLinks(ids: readonly string[]): Promise<SectionLink[]> {
  const rows = await getDb().sections.bulkGet([...ids]);
  return rows.filter((row) => row !== undefined).map(({ id, number, title }) => ({ id, number, title }));
}
