import { useTranslation } from 'react-i18next';
import { usePwa } from '../../../platform/pwa/pwa-store';

/** The service worker's state: whether the app works offline, a failed registration, a waiting update. */
export function AppStatus() {
  const { t } = useTranslation('settings');
  const { t: tCommon } = useTranslation();
  const { offlineReady, updateWaiting, applyUpdate, registrationError } = usePwa();

  return (
    <section aria-labelledby="offline-title">
      <h3 id="offline-title">{t('offline.title')}</h3>
      <p>
        <strong>{offlineReady ? t('offline.ready') : t('offline.notReady')}</strong>{' '}
        {offlineReady ? t('offline.readyHelp') : t('offline.notReadyHelp')}
      </p>
      {registrationError && (
        <div role="alert">
          <p className="error-text">{t('offline.failed')}</p>
          <p className="banner__detail">{registrationError}</p>
        </div>
      )}
      {updateWaiting && (
        <p>
          {t('offline.updateWaiting')}{' '}
          {applyUpdate && (
            <button type="button" className="button button--small" onClick={applyUpdate}>
              {tCommon('pwa.reload')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
