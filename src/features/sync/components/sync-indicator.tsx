import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon, type IconName } from '../../../ui/components/icon';
import { routes } from '../../../shared/routes';
import { formatAgo } from '../format-time';
import { useNow } from '../hooks/use-now';
import { useNeedsUnlock } from '../../../data/team-sync/use-needs-unlock';
import { useSyncStatus } from '../hooks/use-sync-status';
import { useUnsyncedSummary } from '../../../data/team-sync/use-unsynced-summary';
import '../sync.css';

/**
 * The app bar's compact sync state: an icon and the number of contacts waiting, on one line that cannot wrap
 * (issue #15). The state in words (never colour or icon alone) is the link's name and tooltip; the link opens
 * the team block of the settings, which explains it and offers "Sync now".
 */
export function SyncIndicator() {
  const { t, i18n } = useTranslation('sync');
  const status = useSyncStatus();
  const now = useNow(30_000);
  const summary = useUnsyncedSummary();
  const needsUnlock = useNeedsUnlock();
  if (!status.loaded || status.phase === 'not-joined') return null;

  const pending = summary?.pending ?? 0;
  let state: string | undefined;
  let icon: IconName = pending > 0 ? 'pending' : 'synced';
  if (status.phase === 'syncing') {
    state = t('indicator.syncing');
    icon = 'syncing';
  }
  // Contacts wait and nothing can be sent before the code: say what to do rather than "problem" or "waiting".
  else if (pending > 0 && needsUnlock) {
    state = t('indicator.locked');
    icon = 'locked';
  } else if (status.phase === 'offline') state = pending > 0 ? t('indicator.waiting') : undefined;
  else if (status.phase === 'error') {
    state = t('indicator.problem');
    icon = 'problem';
  } else if (pending === 0) {
    state = status.lastSuccessAt
      ? t('indicator.synced', { ago: formatAgo(status.lastSuccessAt, now, i18n.language) ?? t('time.justNow') })
      : t('indicator.syncedNever');
  }
  const details = [pending > 0 ? t('indicator.pending', { count: pending }) : undefined, state].filter(Boolean);

  return (
    <Link
      to={routes.team()}
      className={`status-chip sync-indicator sync-indicator--${status.phase}`}
      title={`${t('indicator.prefix')}${details.join(', ')}`}
    >
      <Icon name={icon} />
      {pending > 0 && (
        <span className="status-chip__count" aria-hidden="true">
          {pending > 99 ? t('indicator.many') : pending}
        </span>
      )}
      <span className="visually-hidden">
        {t('indicator.prefix')}
        {pending > 0 && <span>{t('indicator.pending', { count: pending })}</span>}
        {pending > 0 && state && ', '}
        {state && <span>{state}</span>}
      </span>
    </Link>
  );
}
