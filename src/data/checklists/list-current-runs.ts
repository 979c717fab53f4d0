import { getDb } from '../../platform/db/db';
import type { ChecklistRunRow } from '../../platform/db/rows';

/** The run in progress of every checklist that has one, by checklist id (for the list's progress). */
export async function listCurrentRuns(): Promise<Map<string, ChecklistRunRow>> {
  const runs = await getDb()
    .checklistRuns.filter((run) => run.archivedAt === undefined)
    .toArray();
  const current = new Map<string, ChecklistRunRow>();
  for (const run of runs) {
    const known = current.get(run.checklistId);
    if (!known || known.startedAt < run.startedAt) current.set(run.checklistId, run);
  }
  return current;
}
