import { getDb } from '../../../db/db';
import type { TermRow } from '../../../db/rows';

/** Every term, A–Z by its folded headword. */
export function listTerms(): Promise<TermRow[]> {
  return getDb().terms.orderBy('sortKey').toArray();
}
