import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { unsyncedSummary } from '../contacts/contact-store';

export const STALE_AFTER_MS = 3 * 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/**
 * How many contacts have been unsynced for more than 3 days (live, all tabs). The threshold moves by the
 * hour so the query does not restart on every render; while a sync runs (`paused`) the last count is kept:
 * recounting after every batch would only slow the sync down for a notice about days.
 */
export function useStaleCount(now: number, paused: boolean): number | undefined {
  const staleBefore = new Date(Math.floor((now - STALE_AFTER_MS) / HOUR) * HOUR).toISOString();
  const [kept, setKept] = useState<number | undefined>();
  const count = useLiveQuery(
    async () => (paused ? undefined : (await unsyncedSummary(staleBefore)).stale),
    [staleBefore, paused],
  );
  // Remember the last real count (React's "adjust state while rendering" pattern, no effect needed).
  if (!paused && count !== undefined && count !== kept) setKept(count);
  return paused ? kept : count;
}
