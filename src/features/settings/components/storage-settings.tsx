import { useTranslation } from 'react-i18next';
import { formatMegabytes } from '../format';
import { useStorageStatus } from '../hooks/use-storage-status';

/** Whether the browser may evict the app's data, how much space it uses, and the request to keep it. */
export function StorageSettings() {
  const { t, i18n } = useTranslation('settings');
  const { state, refresh, request, requestDetail, askPersistence } = useStorageStatus();

  return (
    <section aria-labelledby="storage-title">
      <h3 id="storage-title">{t('storage.title')}</h3>
      {state.phase === 'loading' && <p role="status">{t('storage.loading')}</p>}
      {state.phase === 'error' && (
        <div role="alert">
          <p className="error-text">{t('storage.readFailed')}</p>
          <p className="banner__detail">{state.detail}</p>
          <button type="button" className="button button--small" onClick={refresh}>
            {t('storage.retry')}
          </button>
        </div>
      )}
      {state.phase === 'ready' && !state.status.supported && <p>{t('storage.unsupported')}</p>}
      {state.phase === 'ready' && state.status.supported && (
        <>
          <p>
            <strong>{state.status.persisted ? t('storage.persistent') : t('storage.notPersistent')}</strong>{' '}
            {state.status.persisted ? t('storage.persistentHelp') : t('storage.notPersistentHelp')}
          </p>
          <p>
            {state.status.usageBytes !== undefined && state.status.quotaBytes !== undefined
              ? t('storage.usage', {
                  used: formatMegabytes(state.status.usageBytes, i18n.language),
                  quota: formatMegabytes(state.status.quotaBytes, i18n.language),
                })
              : t('storage.usageUnknown')}
          </p>
          {!state.status.persisted && (
            <p>
              <button type="button" className="button" disabled={request === 'asking'} onClick={askPersistence}>
                {t('storage.ask')}
              </button>
            </p>
          )}
        </>
      )}
      <div role="status" aria-live="polite">
        {request === 'granted' && <p>{t('storage.granted')}</p>}
        {request === 'denied' && <p>{t('storage.denied')}</p>}
      </div>
      {request === 'failed' && (
        <div role="alert">
          <p className="error-text">{t('storage.requestFailed')}</p>
          {requestDetail && <p className="banner__detail">{requestDetail}</p>}
        </div>
      )}
    </section>
  );
}
