import { getDb } from '../../../db/db';
import type { SectionRow } from '../../../db/rows';

export function getSection(id: string): Promise<SectionRow | undefined> {
  return getDb().sections.get(id);
}
