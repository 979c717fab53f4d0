import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import type { StatsResponse } from '../../../shared/protocol/stats';
import { useReportAbout } from '../hooks/use-report-about';
import { useReportLabels } from '../hooks/use-report-labels';
import { reportSections, type ReportRow, type SectionId } from '../report-model';
import { ActivityFigure } from './activity-figure';
import { BreakdownTable } from './breakdown-table';
import { ReportActions } from './report-actions';
import { ReportAbout } from './report-about';
import { TotalsTable } from './totals-table';

interface Props {
  report: StatsResponse;
  compare: boolean;
  showWorkers: boolean;
}

/** One report: what it is, then its sections in the order the committee reads them. */
export function ReportView({ report, compare, showWorkers }: Props) {
  const { t } = useTranslation('dashboard');
  const labels = useReportLabels();
  const sections = reportSections(report, labels, { showWorkers });
  const about = useReportAbout(report, labels);
  const section = (id: SectionId) => sections.find((item) => item.id === id);
  const { threshold } = report.suppression;
  const table = (id: SectionId, countHeader: string, options: { level?: 2 | 3; ranked?: boolean } = {}) => {
    const found = section(id);
    return (
      found && (
        <BreakdownTable
          section={found}
          threshold={threshold}
          countHeader={countHeader}
          headingLevel={options.level ?? 3}
          ranked={options.ranked}
          renderLabel={id === 'topics' ? topicLink : undefined}
        />
      )
    );
  };
  const totals = section('totals');
  const activity = section('activity');
  return (
    <div className="dash-report">
      <ReportActions report={report} sections={sections} about={about} />
      <ReportAbout about={about} />
      {totals && <TotalsTable section={totals} threshold={threshold} compare={compare} />}
      {activity && <ActivityFigure section={activity} report={report} />}
      <section className="dash-group" aria-labelledby="dash-who">
        <h2 id="dash-who">{t('groups.who')}</h2>
        {table('kinds', t('table.contacts'))}
        {table('ageBands', t('table.contacts'))}
        {table('signals', t('table.contacts'))}
        {table('topics', t('table.contacts'))}
      </section>
      <section className="dash-group" aria-labelledby="dash-proposed">
        <h2 id="dash-proposed">{t('groups.proposed')}</h2>
        {table('schemesSuggested', t('table.contacts'))}
        {table('referralsByScheme', t('table.referrals'))}
        {table('outcomes', t('table.referrals'))}
        {table('daysToOutcome', t('table.value'), { ranked: false })}
      </section>
      {table('followUps', t('table.value'), { level: 2, ranked: false })}
      {table('workers', t('table.contacts'), { level: 2 })}
    </div>
  );
}

/** A Table 1 factor links to its card on the Table 1 page. */
function topicLink(row: ReportRow) {
  return <Link to={routes.table1Factor(row.id)}>{row.label}</Link>;
}
