import type { ReactNode } from 'react';
import { useLockState } from '../hooks/use-lock-state';
import { useHasPasscode } from '../../../data/device-lock/use-vault-info';

/** Renders contact-derived content (follow-ups on the home page) only when it can be read: never while locked. */
export function WhenUnlocked({ children }: { children: ReactNode }) {
  const lock = useLockState();
  const hasPasscode = useHasPasscode();
  if (hasPasscode === undefined || (hasPasscode && lock.status === 'locked')) return null;
  return <>{children}</>;
}
