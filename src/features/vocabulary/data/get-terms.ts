import { getDb } from '../../../db/db';
import type { TermRow } from '../../../db/rows';

/** The terms with these ids, in the given order; ids with no term are skipped. */
export async function getTerms(ids: readonly string[]): Promise<TermRow[]> {
  const rows = await getDb().terms.bulkGet([...ids]);
  return rows.filter((row): row is TermRow => row !== undefined);
}
