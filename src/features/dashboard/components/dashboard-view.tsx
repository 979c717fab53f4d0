import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStatsAccess, useStoredReport } from '../../../data/stats/use-stats';
import { routes } from '../../../shared/routes';
import { PageLoading } from '../../../ui/components/page-loading';
import { useDocumentTitle } from '../../../ui/hooks/use-document-title';
import { useDashboardQuery } from '../hooks/use-dashboard-query';
import { useRefreshReport } from '../hooks/use-refresh-report';
import { DashboardFilters } from './dashboard-filters';
import { ReportStatus } from './report-status';
import { ReportView } from './report-view';
import '../dashboard.css';

/**
 * /dashboard (issue #16): the team's aggregates for its coordinator. The last report loaded for the filters is
 * shown at once (from the device, offline too, with its date) and refreshed from the server when online.
 */
export function DashboardView() {
  const { t } = useTranslation('dashboard');
  useDocumentTitle(t('title'));
  const access = useStatsAccess();
  const { filters, choice, query, update } = useDashboardQuery();
  const coordinator = access?.role === 'coordinator';
  const stored = useStoredReport(query);
  const { state, refresh } = useRefreshReport(query, coordinator);

  if (access === undefined) return <PageLoading />;
  if (!coordinator) {
    return (
      <div className="dash">
        <h1>{t('title')}</h1>
        <p>{access.role ? t('access.notCoordinator') : t('access.noTeam')}</p>
        <p>
          <Link to={routes.team()}>{t('access.toTeam')}</Link>
        </p>
      </div>
    );
  }
  const report = stored?.stored?.report;
  return (
    <div className="dash">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead dash-chrome">{t('intro')}</p>
      </header>
      <div className="dash-chrome">
        <DashboardFilters filters={filters} choice={choice} onChange={update} />
      </div>
      {query && <ReportStatus state={state} stored={stored?.stored} onRefresh={refresh} canRefresh={coordinator} />}
      {query && report && <ReportView report={report} compare={filters.compare} showWorkers={filters.showWorkers} />}
    </div>
  );
}
