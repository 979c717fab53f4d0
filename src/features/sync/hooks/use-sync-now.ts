import { useCallback, useState } from 'react';
import type { SyncOutcome } from '../../../data/team-sync/sync-client';
import { requestSync } from '../../../data/team-sync/sync-triggers';

/** The "Sync now" button's action, with its own pending state (the status store shows the outcome). */
export function useSyncNow() {
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<SyncOutcome | undefined>();
  const run = useCallback(async () => {
    setRunning(true);
    try {
      setOutcome(await requestSync('manual'));
    } finally {
      setRunning(false);
    }
  }, []);
  return { run, running, outcome };
}
