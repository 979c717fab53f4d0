import { useSyncExternalStore } from 'react';
import { getVaultSession, type LockSnapshot } from '../../../platform/vault';

/** This tab's lock state, re-rendering on lock and unlock. */
export function useLockState(): LockSnapshot {
  const session = getVaultSession();
  return useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
}
