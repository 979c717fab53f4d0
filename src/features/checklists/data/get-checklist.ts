import { getDb } from '../../../db/db';
import type { ChecklistRow } from '../../../db/rows';

export function getChecklist(id: string): Promise<ChecklistRow | undefined> {
  return getDb().checklists.get(id);
}
