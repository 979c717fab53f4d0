import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../ui/components/page-loading';
import { useLockState } from '../hooks/use-lock-state';
import { useHasPasscode } from '../../../data/device-lock/use-vault-info';
import { LockButton } from './lock-button';
import { PasscodeSetup } from './passcode-setup';
import { useUnlockWork } from '../../../data/device-lock/unlock-work-store';
import { UnlockForm } from './unlock-form';
import { startLock } from '../../../data/device-lock/start-lock';
import '../security.css';

/**
 * Wraps the contacts and referrals pages: no passcode yet → choose one first (contacts are never stored in
 * clear); locked → the unlock screen; unlocked → the page, with a Lock control above it.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('security');
  const lock = useLockState();
  const hasPasscode = useHasPasscode();
  const problems = useUnlockWork((state) => state.problems);
  // The lock's wiring (idle timeout, other tabs, unlock-time work) from the first page that needs the vault,
  // whether or not the shell already started it at idle (startLock runs once).
  useEffect(() => void startLock(), []);
  if (hasPasscode === undefined) return <PageLoading />;
  if (!hasPasscode) return <PasscodeSetup />;
  if (lock.status === 'locked') return <UnlockForm reason={lock.reason} />;
  return (
    <>
      <div className="vault-bar">
        <p className="muted">{t('lock.bar')}</p>
        <LockButton />
      </div>
      {problems.map((problem) => (
        <p key={problem} className="callout error-text" role="alert">
          {t(`work.${problem}`)}
        </p>
      ))}
      {children}
    </>
  );
}
