import { useLiveQuery } from 'dexie-react-hooks';
import { listRuns } from './list-runs';

/** The current run (if any) and the archived ones, newest first; undefined while loading. */
export function useRuns(checklistId: string) {
  return useLiveQuery(async () => {
    const runs = await listRuns(checklistId);
    return {
      current: runs.find((run) => run.archivedAt === undefined),
      previous: runs.filter((run) => run.archivedAt !== undefined),
    };
  }, [checklistId]);
}
