import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../lib/routes';
import { formatAgo } from '../format-time';
import { useNow } from '../hooks/use-now';
import { useNeedsUnlock } from '../hooks/use-needs-unlock';
import { useSyncStatus } from '../hooks/use-sync-status';
import { useUnsyncedSummary } from '../hooks/use-unsynced-summary';
import '../sync.css';

/**
 * The header's compact sync state, in words (never colour alone): how many contacts wait, and whether the
 * last sync worked. Links to the team block of the settings, which explains and offers "Sync now".
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
  if (status.phase === 'syncing') state = t('indicator.syncing');
  // Contacts wait and nothing can be sent before the code: say what to do rather than "problem" or "waiting".
  else if (pending > 0 && needsUnlock) state = t('indicator.locked');
  else if (status.phase === 'offline') state = pending > 0 ? t('indicator.waiting') : undefined;
  else if (status.phase === 'error') state = t('indicator.problem');
  else if (pending === 0) {
    state = status.lastSuccessAt
      ? t('indicator.synced', { ago: formatAgo(status.lastSuccessAt, now, i18n.language) ?? t('time.justNow') })
      : t('indicator.syncedNever');
  }

  return (
    <Link to={routes.team()} className={`sync-indicator sync-indicator--${status.phase}`}>
      <span className="visually-hidden">{t('indicator.label')}: </span>
      {pending > 0 && <span className="sync-indicator__count">{t('indicator.pending', { count: pending })}</span>}
      {state && <span className="sync-indicator__state">{state}</span>}
    </Link>
  );
}
