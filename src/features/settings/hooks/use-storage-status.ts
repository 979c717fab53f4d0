import { useCallback, useEffect, useState } from 'react';
import {
  readStorageStatus,
  requestPersistentStorage,
  type StorageStatus,
} from '../../../platform/pwa/storage-persistence';

export type StatusState =
  { phase: 'loading' } | { phase: 'ready'; status: StorageStatus } | { phase: 'error'; detail: string };

export type PersistRequest = 'idle' | 'asking' | 'granted' | 'denied' | 'failed';

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * The browser's storage status (persistent or not, usage and quota) and the request for persistent storage.
 * Failures are returned as state for the page to explain, never dropped.
 */
export function useStorageStatus() {
  const [state, setState] = useState<StatusState>({ phase: 'loading' });
  const [request, setRequest] = useState<PersistRequest>('idle');
  const [requestDetail, setRequestDetail] = useState<string | undefined>();

  const refresh = useCallback(() => {
    let current = true;
    readStorageStatus().then(
      (status) => current && setState({ phase: 'ready', status }),
      (error: unknown) => current && setState({ phase: 'error', detail: describe(error) }),
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(refresh, [refresh]);

  const askPersistence = useCallback(() => {
    setRequest('asking');
    setRequestDetail(undefined);
    requestPersistentStorage().then(
      (granted) => {
        setRequest(granted ? 'granted' : 'denied');
        refresh();
      },
      (error: unknown) => {
        setRequest('failed');
        setRequestDetail(describe(error));
      },
    );
  }, [refresh]);

  return { state, refresh, request, requestDetail, askPersistence };
}
