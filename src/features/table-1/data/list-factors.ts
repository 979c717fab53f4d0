import { getDb } from '../../../db/db';
import type { TableFactorRow } from '../../../db/rows';

/** The factors of Table 1 in the guide's order. */
export function listFactors(): Promise<TableFactorRow[]> {
  return getDb().tableFactors.orderBy('order').toArray();
}
