import { getDb } from '../../platform/db/db';
import type { ChecklistRunRow } from '../../platform/db/rows';
import { getCurrentRun } from './get-current-run';

/**
 * Archives the current run (kept as history, never deleted); the next tick starts a fresh one. Returns the
 * archived run, or undefined when nothing was in progress.
 */
export async function restartRun(checklistId: string, now = new Date()): Promise<ChecklistRunRow | undefined> {
  const db = getDb();
  return db.transaction('rw', db.checklistRuns, async () => {
    const current = await getCurrentRun(checklistId);
    if (!current) return undefined;
    const archived: ChecklistRunRow = { ...current, archivedAt: now.toISOString() };
    await db.checklistRuns.put(archived);
    return archived;
  });
}
