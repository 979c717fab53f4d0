import { getDb } from '../../../db/db';
import type { TermRow } from '../../../db/rows';

export function getTerm(id: string): Promise<TermRow | undefined> {
  return getDb().terms.get(id);
}
