import { getDb } from '../../../db/db';
import type { SchemeRow } from '../../../db/rows';

export function getScheme(id: string): Promise<SchemeRow | undefined> {
  return getDb().schemes.get(id);
}
