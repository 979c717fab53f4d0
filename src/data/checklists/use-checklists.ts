import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { checklistsByTitle, useContent } from '../content';
import type { ChecklistRunRow } from '../../platform/db/rows';
import { listCurrentRuns } from './list-current-runs';

const NO_RUNS: ReadonlyMap<string, ChecklistRunRow> = new Map();

/**
 * Every checklist A–Z, at once, and the run in progress of each (by checklist id): none until the device's
 * runs are read, then kept live.
 */
export function useChecklists() {
  const content = useContent();
  const checklists = useMemo(() => checklistsByTitle(content), [content]);
  const currentRuns = useLiveQuery(listCurrentRuns, []) ?? NO_RUNS;
  return { checklists, currentRuns };
}
