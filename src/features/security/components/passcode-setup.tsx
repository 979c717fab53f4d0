import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSCODE_LENGTH, passcodeProblem } from '../../../platform/vault';
import { setPasscode } from '../../../data/device-lock/set-passcode';
import { PasscodeField } from './passcode-fields';

/**
 * Shown instead of the contacts (and before joining a team) until a passcode exists: contacts and the team's
 * access code are only ever stored encrypted. Says
 * before anything else what a forgotten passcode costs (SECURITY.md, "Forgotten passcode").
 */
export function PasscodeSetup({ purpose = 'contacts' }: { purpose?: 'contacts' | 'join' }) {
  const { t } = useTranslation('security');
  const [passcode, setValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = passcodeProblem(passcode);
    if (problem) {
      setError(t(`setup.${problem}`, { min: MIN_PASSCODE_LENGTH }));
      return;
    }
    if (passcode !== confirm) {
      setError(t('setup.mismatch'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await setPasscode(passcode);
    } catch {
      setError(t('setup.failed'));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="passcode-setup-title">
      <h1 id="passcode-setup-title">{t('setup.title')}</h1>
      <p className="lead">{purpose === 'join' ? t('setup.introJoin') : t('setup.intro')}</p>
      <div className="callout">
        <h2>{t('setup.warningTitle')}</h2>
        <p>{t('setup.warning')}</p>
      </div>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PasscodeField
          label={t('setup.passcode')}
          value={passcode}
          onChange={setValue}
          autoComplete="new-password"
          hint={t('setup.hint', { min: MIN_PASSCODE_LENGTH })}
          errorId={error ? 'passcode-setup-error' : undefined}
        />
        <PasscodeField
          label={t('setup.confirm')}
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          errorId={error ? 'passcode-setup-error' : undefined}
        />
        {error && (
          <p id="passcode-setup-error" className="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('setup.busy') : t('setup.submit')}
        </button>
      </form>
    </section>
  );
}
