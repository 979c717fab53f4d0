import type { ChecklistRunRow } from '../../platform/db/rows';
import type { ChecklistRow } from '../../data/content';

/**
 * Steps done in a run. Counts only ids that are still steps of the checklist: a content update may drop or
 * rename a step, and a stale tick must not push the count past the total.
 */
export function doneCount(checklist: Pick<ChecklistRow, 'steps'>, run: Pick<ChecklistRunRow, 'ticked'> | undefined) {
  if (!run) return 0;
  const ticked = new Set(run.ticked);
  return checklist.steps.filter((step) => ticked.has(step.id)).length;
}

/** Date and time in the UI language, e.g. "3 May 2025, 14:02" / "3 mai 2025, 14:02". */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
