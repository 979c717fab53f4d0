import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSCODE_LENGTH, passcodeProblem, WrongPasscodeError } from '../../../platform/vault';
import { changeVaultPasscode } from '../../../data/device-lock/vault-store';
import { PasscodeField } from './passcode-fields';

/** Re-wraps the data key under a new passcode: instant for any number of contacts. */
export function ChangePasscodeForm() {
  const { t } = useTranslation('security');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = passcodeProblem(next);
    if (problem) {
      setMessage({ ok: false, text: t(`setup.${problem}`, { min: MIN_PASSCODE_LENGTH }) });
      return;
    }
    if (next !== confirm) {
      setMessage({ ok: false, text: t('setup.mismatch') });
      return;
    }
    setBusy(true);
    try {
      await changeVaultPasscode(current, next);
      setMessage({ ok: true, text: t('settings.change.done') });
      setCurrent('');
      setNext('');
      setConfirm('');
    } catch (error) {
      setMessage({
        ok: false,
        text: error instanceof WrongPasscodeError ? t('settings.change.wrong') : t('setup.failed'),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="change-passcode-title">
      <h3 id="change-passcode-title">{t('settings.change.title')}</h3>
      <PasscodeField
        label={t('settings.change.current')}
        value={current}
        onChange={setCurrent}
        autoComplete="current-password"
      />
      <PasscodeField
        label={t('settings.change.next')}
        value={next}
        onChange={setNext}
        autoComplete="new-password"
        hint={t('setup.hint', { min: MIN_PASSCODE_LENGTH })}
      />
      <PasscodeField
        label={t('settings.change.confirm')}
        value={confirm}
        onChange={setConfirm}
        autoComplete="new-password"
      />
      {message && (
        <p className={message.ok ? undefined : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('settings.change.busy') : t('settings.change.submit')}
      </button>
    </form>
  );
}
