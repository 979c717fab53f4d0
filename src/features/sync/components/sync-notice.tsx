import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import { useNow } from '../hooks/use-now';
import { useStaleCount } from '../../../data/team-sync/use-stale-count';
import { useSyncStatus } from '../hooks/use-sync-status';

/**
 * Contacts unsynced for more than 3 days ([S41]: they never expire, but the user is told). Shown in the
 * layout's banners until hidden for this session.
 */
export function SyncNotice() {
  const { t } = useTranslation('sync');
  const status = useSyncStatus();
  const stale = useStaleCount(useNow(10 * 60_000), status.phase === 'syncing');
  const [hidden, setHidden] = useState(false);
  if (hidden || !status.loaded || !stale) return null;
  const joined = status.phase !== 'not-joined';
  return (
    <div className="banner banner--info sync-notice" role="status">
      <p>{t(joined ? 'notice.stale' : 'notice.staleLocal', { count: stale })}</p>
      <div className="banner__actions">
        <Link className="button button--primary" to={routes.team()}>
          {t('notice.open')}
        </Link>
        <button type="button" className="button" onClick={() => setHidden(true)}>
          {t('notice.hide')}
        </button>
      </div>
    </div>
  );
}
