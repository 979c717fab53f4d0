import { useCallback, useState } from 'react';
import type { SyncOutcome } from '../../../sync/sync-client';
import { requestSync } from '../data/request-sync';

/** The "Sync now" button's action, with its own pending state (the status store shows the outcome). */
export function useSyncNow() {
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<SyncOutcome | undefined>();
  const run = useCallback(async () => {
    setRunning(true);
    try {
      setOutcome(await requestSync());
    } finally {
      setRunning(false);
    }
  }, []);
  return { run, running, outcome };
}
