import type { ReactNode } from 'react';
import { PageLoading } from '../../../ui/components/page-loading';
import { useLockState } from '../hooks/use-lock-state';
import { useHasPasscode } from '../../../data/device-lock/use-vault-info';
import { PasscodeSetup } from './passcode-setup';
import { UnlockForm } from './unlock-form';
import '../security.css';

/**
 * For an action that stores a secret sealed under the passcode: joining a team stores its access code sealed
 * ([S93]). No passcode yet → choose one first, so the long-lived token is never written in clear ([S94]: a
 * phone's files must not yield it); locked → unlock first.
 */
export function UnlockFirst({ children }: { children: ReactNode }) {
  const lock = useLockState();
  const hasPasscode = useHasPasscode();
  if (hasPasscode === undefined) return <PageLoading />;
  if (!hasPasscode) return <PasscodeSetup purpose="join" />;
  if (lock.status === 'locked') return <UnlockForm reason={lock.reason} purpose="join" />;
  return <>{children}</>;
}
