import { useTranslation } from 'react-i18next';
import type { StoredReport } from '../../../data/stats/stats-store';
import type { RefreshState } from '../hooks/use-refresh-report';

interface Props {
  state: RefreshState;
  stored: StoredReport | undefined;
  onRefresh: () => void;
  canRefresh: boolean;
}

/**
 * Which report is on screen and why: its date, a refresh under way, or why the last refresh failed (in words,
 * never silent), with the last report kept on screen. Announced politely (role="status").
 */
export function ReportStatus({ state, stored, onRefresh, canRefresh }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const loadedAt =
    stored &&
    t('status.loadedAt', {
      date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(stored.loadedAt),
      ),
    });
  const outcome = state.loading ? undefined : state.outcome;
  let problem: string | undefined;
  if (outcome?.result === 'failed') problem = t('status.failed', { reason: t(`errors.${outcome.failure.kind}`) });
  if (outcome?.result === 'locked') problem = t('status.locked');
  return (
    <div className="dash-status dash-chrome">
      <div role="status">
        {state.loading && <p>{t('status.loading')}</p>}
        {problem && <p className="dash-status__problem">{problem}</p>}
        {loadedAt ? (
          <p className="dash-status__date">
            {loadedAt} {problem && t('status.kept')}
          </p>
        ) : (
          !state.loading && <p>{t('status.none')}</p>
        )}
      </div>
      <button
        type="button"
        className="button button--small"
        onClick={onRefresh}
        disabled={state.loading || !canRefresh}
      >
        {t('status.refresh')}
      </button>
    </div>
  );
}
