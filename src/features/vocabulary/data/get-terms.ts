import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { TermRow } from '../../../db/rows';

/** The terms with these ids, in the given order; ids with no term are skipped. */
export async function getTerms(ids: readonly string[], lang: ContentLanguage): Promise<TermRow[]> {
  const rows = await contentTables(getDb(), lang).terms.bulkGet([...ids]);
  return rows.filter((row): row is TermRow => row !== undefined);
}
