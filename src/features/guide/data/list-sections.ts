import { getDb } from '../../../db/db';
import type { SectionRow } from '../../../db/rows';

/** Every section in document order. */
export function listSections(): Promise<SectionRow[]> {
  return getDb().sections.orderBy('order').toArray();
}
