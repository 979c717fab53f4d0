import { useTranslation } from 'react-i18next';
import { useContentStatus } from '../../stores/content-status-store';
import { bootstrapContent } from '../content-bootstrap';

/** First-run seeding progress and content-storage failures, in words. */
export function ContentStatusBanner() {
  const { t } = useTranslation();
  const { phase, progress, errorKey, errorDetail } = useContentStatus();
  if (phase === 'seeding') {
    return (
      <div className="banner banner--info" role="status">
        <label htmlFor="seed-progress">{t('content.seeding')}</label>
        <progress id="seed-progress" max={100} value={Math.round(progress * 100)} />
      </div>
    );
  }
  if (phase === 'error') {
    return (
      <div className="banner banner--error" role="alert">
        <p>{t(errorKey ?? 'content.errors.generic')}</p>
        {errorDetail && <p className="banner__detail">{errorDetail}</p>}
        <button type="button" className="button" onClick={() => void bootstrapContent()}>
          {t('actions.retry')}
        </button>
      </div>
    );
  }
  return null;
}
