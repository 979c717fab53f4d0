import { getDb } from '../../../db/db';
import type { SchemeRow } from '../../../db/rows';

/** Every scheme, A–Z by acronym (or English name). */
export function listSchemes(): Promise<SchemeRow[]> {
  return getDb().schemes.orderBy('sortKey').toArray();
}
