import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import { wipeDeviceData } from '../../../data/device-lock/device-data';
import { useUnsyncedCount } from '../../../data/contacts/use-unsynced-count';

/**
 * Sign-out and erase (ASVS V14.3.1): says what is not on the server yet and offers the export first. From the
 * lock screen (`locked`, the code is forgotten) the export is impossible: it only says what will be lost.
 */
export function WipePanel({ locked = false }: { locked?: boolean }) {
  const { t } = useTranslation('security');
  const unsynced = useUnsyncedCount();
  const [confirmed, setConfirmed] = useState(false);
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const confirmId = useId();

  async function wipe() {
    setState('busy');
    await wipeDeviceData();
    setState('done');
    setConfirmed(false);
  }

  return (
    <section aria-labelledby="wipe-title">
      <h3 id="wipe-title">{t('settings.wipe.title')}</h3>
      <p>{t('settings.wipe.intro')}</p>
      {unsynced !== undefined &&
        (unsynced > 0 ? (
          <p className="callout">
            {locked ? (
              t('settings.wipe.unsyncedLocked', { count: unsynced })
            ) : (
              <>
                {t('settings.wipe.unsynced', { count: unsynced })}{' '}
                <Link to={routes.contacts()}>{t('settings.wipe.export')}</Link>
              </>
            )}
          </p>
        ) : (
          <p className="muted">{t('settings.wipe.allSynced')}</p>
        ))}
      <div className="field-row">
        <input
          id={confirmId}
          type="checkbox"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.target.checked)}
        />
        <label htmlFor={confirmId}>{t('settings.wipe.confirm')}</label>
      </div>
      <button type="button" className="button" disabled={!confirmed || state === 'busy'} onClick={() => void wipe()}>
        {state === 'busy' ? t('settings.wipe.busy') : t('settings.wipe.submit')}
      </button>
      {state === 'done' && <p role="status">{t('settings.wipe.done')}</p>}
    </section>
  );
}
