import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import { formatAgo, formatDateTime } from '../format-time';
import { useNow } from '../hooks/use-now';
import { useSyncNow } from '../hooks/use-sync-now';
import type { SyncStatus } from '../hooks/use-sync-status';
import { useUnsyncedSummary } from '../../../data/team-sync/use-unsynced-summary';
import { SyncFacts } from './sync-facts';

/** The sync panel: what waits, the last success, the last problem in plain words, and "Sync now". */
export function SyncStatusView({ status }: { status: SyncStatus }) {
  const { t, i18n } = useTranslation('sync');
  const now = useNow(30_000);
  const summary = useUnsyncedSummary();
  const syncNow = useSyncNow();
  const locale = i18n.language;
  const when = (iso: string) => `${formatDateTime(iso, locale)} (${formatAgo(iso, now, locale) ?? t('time.justNow')})`;
  const syncing = status.phase === 'syncing' || syncNow.running;
  const { lastError } = status;

  const items = [
    { label: t('status.pending'), value: summary?.pending ?? '…' },
    ...(summary && summary.flagged > 0 ? [{ label: t('status.refused'), value: summary.flagged }] : []),
    { label: t('status.lastSuccess'), value: status.lastSuccessAt ? when(status.lastSuccessAt) : t('status.never') },
    ...(lastError
      ? [
          {
            label: t('status.lastError'),
            value: (
              <>
                <span className="sync-error">{t(lastError.key)}</span>{' '}
                <span className="banner__detail">
                  {formatDateTime(lastError.at, locale)}
                  {lastError.detail ? ` · ${lastError.detail}` : ''}
                </span>
              </>
            ),
          },
        ]
      : []),
    ...(lastError && status.nextAttemptAt
      ? [{ label: t('status.nextAttempt'), value: formatDateTime(status.nextAttemptAt, locale) }]
      : []),
  ];

  return (
    <section aria-labelledby="sync-status-title">
      <h3 id="sync-status-title">{t('status.title')}</h3>
      <SyncFacts items={items} />
      <p role="status" aria-live="polite">
        {syncing
          ? t('status.syncing')
          : syncNow.outcome?.result === 'busy'
            ? t('status.busy')
            : syncNow.outcome?.result === 'locked'
              ? t('status.locked')
              : summary && summary.pending === 0 && summary.flagged === 0 && !lastError
                ? t('status.upToDate')
                : ''}
      </p>
      {summary && summary.flagged > 0 && (
        <p>
          {t('status.refusedHelp', { count: summary.flagged })}{' '}
          <Link to={routes.contacts()}>{t('status.openContacts')}</Link>
        </p>
      )}
      <p>
        <button type="button" className="button button--primary" disabled={syncing} onClick={() => void syncNow.run()}>
          {syncing ? t('status.syncNowBusy') : t('status.syncNow')}
        </button>
      </p>
    </section>
  );
}
