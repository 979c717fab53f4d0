import { useEffect } from 'react';
import { useSyncStatus as useStore, type SyncStatus } from '../../../data/team-sync/sync-status-store';
import { startSyncTriggers } from '../../../data/team-sync/sync-triggers';

export type { SyncStatus };

/** The sync status shared by all tabs; makes sure it has been read from the device. */
export function useSyncStatus(): SyncStatus {
  const status = useStore();
  useEffect(() => {
    void startSyncTriggers();
  }, []);
  return status;
}
