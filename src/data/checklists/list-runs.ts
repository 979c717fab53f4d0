import { getDb } from '../../platform/db/db';
import type { ChecklistRunRow } from '../../platform/db/rows';

// startedAt is an ISO timestamp: '' and '\uffff' bound every possible value of it in the compound index.
const FIRST = '';
const LAST = '\uffff';

/** Every run of one checklist (the current one and the archived ones), newest first. */
export function listRuns(checklistId: string): Promise<ChecklistRunRow[]> {
  return getDb()
    .checklistRuns.where('[checklistId+startedAt]')
    .between([checklistId, FIRST], [checklistId, LAST], true, true)
    .reverse()
    .toArray();
}
