import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { getVaultSession } from '../../platform/vault';
import { hasPasscode } from '../device-lock/vault-store';

/** True while sending waits for the code: a passcode exists and this tab is locked ([S90], [S93]). */
export function useNeedsUnlock(): boolean {
  const session = getVaultSession();
  const locked = useSyncExternalStore(
    session.subscribe,
    () => session.getSnapshot().status === 'locked',
    () => true,
  );
  const passcode = useLiveQuery(() => hasPasscode(), []);
  return locked && passcode === true;
}
