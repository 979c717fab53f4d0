import { requestSync as run, startSyncTriggers } from '../../../sync/sync-triggers';

/** "Sync now": sends the outbox (or checks the token when nothing waits). */
export function requestSync() {
  return run('manual');
}

/** Idempotent: the layout starts the triggers after load; pages that need the status make sure of it. */
export function ensureSyncStarted(): Promise<void> {
  return startSyncTriggers();
}
