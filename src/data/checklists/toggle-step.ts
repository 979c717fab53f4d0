import type { ContentLanguage } from '../../content/schema';
import { loadContent } from '../content';
import { getDb } from '../../platform/db/db';
import type { ChecklistRunRow } from '../../platform/db/rows';
import { getCurrentRun } from './get-current-run';

export class UnknownStepError extends Error {
  constructor(checklistId: string, stepId: string) {
    super(`Checklist "${checklistId}" has no step "${stepId}"`);
    this.name = 'UnknownStepError';
  }
}

/**
 * Ticks or unticks one step in the current run, creating the run on the first tick. One read-write
 * transaction: two quick taps are applied one after the other, never both on the same stale run. Resolves
 * only once the change is stored, so the UI never shows a tick that is not on the device. Step ids are the
 * same in every language: the step is checked against the content of `lang` (the page's, already in memory).
 */
export async function toggleStep(
  checklistId: string,
  stepId: string,
  now = new Date(),
  lang: ContentLanguage = 'en',
): Promise<ChecklistRunRow> {
  const checklist = (await loadContent(lang)).checklistsById.get(checklistId);
  if (!checklist?.steps.some((step) => step.id === stepId)) throw new UnknownStepError(checklistId, stepId);
  const db = getDb();
  return db.transaction('rw', db.checklistRuns, async () => {
    const at = now.toISOString();
    const run: ChecklistRunRow = (await getCurrentRun(checklistId)) ?? {
      id: crypto.randomUUID(),
      checklistId,
      startedAt: at,
      updatedAt: at,
      ticked: [],
    };
    const ticked = run.ticked.includes(stepId) ? run.ticked.filter((id) => id !== stepId) : [...run.ticked, stepId];
    const saved: ChecklistRunRow = { ...run, ticked, updatedAt: at };
    await db.checklistRuns.put(saved);
    return saved;
  });
}
