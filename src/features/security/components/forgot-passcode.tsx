import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WipePanel } from './wipe-panel';

/**
 * "Code oublié ?" on the lock screen. The passcode wraps the key the contacts are encrypted with, and nobody
 * holds a copy (SECURITY.md): there is no recovery to offer, only the honest way out — erase this device's
 * contacts (the same sign-out wipe as in the settings, with its confirmation) and choose a new code.
 */
export function ForgotPasscode() {
  const { t } = useTranslation('security');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="forgot-passcode">
      <button
        type="button"
        className="button forgot-passcode__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('forgot.button')}
      </button>
      <div id={panelId} hidden={!open} className="callout forgot-passcode__panel">
        <h2>{t('forgot.title')}</h2>
        <p>{t('forgot.cannotRecover')}</p>
        <p>{t('forgot.synced')}</p>
        {open && <WipePanel locked />}
      </div>
    </div>
  );
}
