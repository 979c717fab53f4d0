import type { ChecklistRunRow } from '../../platform/db/rows';
import { listRuns } from './list-runs';

/**
 * The run in progress for a checklist: the newest one not archived. Undefined before the first tick and
 * right after a restart (the next tick starts a new run). Joins the caller's transaction when there is one.
 */
export async function getCurrentRun(checklistId: string): Promise<ChecklistRunRow | undefined> {
  return (await listRuns(checklistId)).find((run) => run.archivedAt === undefined);
}
