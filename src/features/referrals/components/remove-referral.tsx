import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  schemeLabel: string;
  onConfirm: () => void;
}

/** Remove, after an in-page confirmation that takes focus on its safe choice (Escape cancels). */
export function RemoveReferral({ id, schemeLabel, onConfirm }: Props) {
  const { t } = useTranslation('referrals');
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (wasConfirming.current) button.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setConfirming(false);
  };

  if (!confirming) {
    return (
      <button ref={button} type="button" className="button button--small" onClick={() => setConfirming(true)}>
        {t('remove.button')}
      </button>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby={`referral-${id}-remove-title`}
      aria-describedby={`referral-${id}-remove-body`}
      className="referral-confirm"
    >
      <p id={`referral-${id}-remove-title`} className="referral-confirm__title">
        {t('remove.title', { scheme: schemeLabel })}
      </p>
      <p id={`referral-${id}-remove-body`}>{t('remove.body')}</p>
      <div className="field-row">
        <button type="button" className="button referral-confirm__remove" onClick={onConfirm} onKeyDown={closeOnEscape}>
          {t('remove.confirm')}
        </button>
        <button
          ref={cancel}
          type="button"
          className="button"
          onClick={() => setConfirming(false)}
          onKeyDown={closeOnEscape}
        >
          {t('remove.cancel')}
        </button>
      </div>
    </div>
  );
}
