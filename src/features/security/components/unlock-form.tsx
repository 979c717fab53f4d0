import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WrongPasscodeError, type LockReason } from '../../../platform/vault';
import { unlockVault } from '../../../data/device-lock/vault-store';
import { useUnsyncedCount } from '../../../data/contacts/use-unsynced-count';
import { ForgotPasscode } from './forgot-passcode';
import { PasscodeField } from './passcode-fields';

/**
 * The lock screen of contacts and referrals. A wrong passcode says so plainly; attempts are not logged or
 * counted anywhere (SECURITY.md: the files allow offline guessing anyway, a counter here would protect nothing).
 */
export function UnlockForm({ reason, purpose = 'contacts' }: { reason: LockReason; purpose?: 'contacts' | 'join' }) {
  const { t } = useTranslation('security');
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const pending = useUnsyncedCount();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await unlockVault(passcode);
    } catch (failure) {
      setError(failure instanceof WrongPasscodeError ? t('unlock.wrong') : t('unlock.failed'));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      <p className="lead">{purpose === 'join' ? t('unlock.introJoin') : t('unlock.intro')}</p>
      <p className="muted">{t(`unlock.reason.${reason}`)}</p>
      {pending !== undefined && pending > 0 && (
        <p className="callout" role="status">
          {t('unlock.pending', { count: pending })}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PasscodeField
          label={t('unlock.passcode')}
          value={passcode}
          onChange={setPasscode}
          autoComplete="current-password"
          errorId={error ? 'unlock-error' : undefined}
        />
        {error && (
          <p id="unlock-error" className="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy || passcode.length === 0}>
          {busy ? t('unlock.busy') : t('unlock.submit')}
        </button>
      </form>
      <ForgotPasscode />
    </section>
  );
}
