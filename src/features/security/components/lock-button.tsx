import { useTranslation } from 'react-i18next';
import { getVaultSession } from '../../../platform/vault';

/** Locks this tab and every other tab of the app at once ("manual" is shared between tabs). */
export function LockButton({ label }: { label?: string }) {
  const { t } = useTranslation('security');
  return (
    <button type="button" className="button button--small" onClick={() => getVaultSession().lock('manual')}>
      {label ?? t('lock.now')}
    </button>
  );
}
