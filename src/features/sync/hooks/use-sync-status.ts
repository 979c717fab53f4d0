import { useEffect } from 'react';
import { useSyncStatus as useStore, type SyncStatus } from '../../../sync/sync-status-store';
import { ensureSyncStarted } from '../data/request-sync';

export type { SyncStatus };

/** The sync status shared by all tabs; makes sure it has been read from the device. */
export function useSyncStatus(): SyncStatus {
  const status = useStore();
  useEffect(() => {
    void ensureSyncStarted();
  }, []);
  return status;
}
