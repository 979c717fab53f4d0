import type { ReactNode } from 'react';
import { PageLoading } from '../../../components/ui/page-loading';
import { useLockState } from '../hooks/use-lock-state';
import { useHasPasscode } from '../hooks/use-vault-info';
import { UnlockForm } from './unlock-form';
import '../security.css';

/**
 * For an action that stores a secret sealed under the passcode: joining a team stores its access code sealed
 * ([S93]), so with a passcode set the vault must be open first. Without a passcode nothing is asked (the
 * code is sealed once one is set); unlike VaultGate, no passcode is required here.
 */
export function UnlockFirst({ children }: { children: ReactNode }) {
  const lock = useLockState();
  const hasPasscode = useHasPasscode();
  if (hasPasscode === undefined) return <PageLoading />;
  if (hasPasscode && lock.status === 'locked') return <UnlockForm reason={lock.reason} purpose="join" />;
  return <>{children}</>;
}
