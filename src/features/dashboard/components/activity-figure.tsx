import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsResponse } from '../../../shared/protocol/stats';
import { countText, dateText } from '../format';
import { useCountText } from '../hooks/use-count-text';
import type { ReportSection } from '../report-model';
import { ActivityChart } from './activity-chart';

interface Props {
  section: ReportSection;
  report: StatsResponse;
}

/**
 * Activity over time: the chart (contacts per week or month, stacked by kind), a sentence saying what it shows,
 * and its table (every bucket, contacts, people and each kind that has any) behind a button; in print, the table.
 */
export function ActivityFigure({ section, report }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const threshold = report.suppression.threshold;
  const text = useCountText(threshold);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const locale = i18n.language;
  const group = report.period.group;

  // Kinds with nothing in the whole period make empty columns and empty colours: left out of both.
  const kinds = report.kinds.filter((kind) => kind.contacts !== 0).map((kind) => kind.id);
  const kindLabel = (id: string) => section.rows[0]?.children?.find((child) => child.id === id)?.label ?? id;
  const chartData = useMemo(
    () => ({
      labels: report.activity.map((bucket) =>
        dateText(bucket.start, locale, group === 'week' ? { day: 'numeric', month: 'short' } : { month: 'short' }),
      ),
      series: kinds.map((id) => ({
        label: id,
        values: report.activity.map((bucket) => bucket.byKind.find((kind) => kind.id === id)?.contacts ?? 0),
      })),
    }),
    // The report and language decide everything drawn.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [report, locale],
  );

  const busiest = [...section.rows].sort((a, b) => (b.count ?? 0) - (a.count ?? 0))[0];
  const summary =
    report.totals.contacts === 0 || !busiest
      ? t('summary.activityEmpty')
      : t('summary.activity', {
          total: countText(report.totals.contacts, threshold, locale),
          unit: t(`about.${group}`),
          busiest: busiest.label,
          max: text(busiest),
        });

  return (
    <section className="dash-section" aria-labelledby="dash-activity">
      <h2 id="dash-activity">{t('sections.activity')}</h2>
      <p className="dash-summary">{summary}</p>
      <div className="dash-chart-block">
        <ActivityChart data={chartData} />
        <ul className="dash-legend" aria-label={t('chart.legend')}>
          {kinds.map((id, i) => (
            <li key={id}>
              <span
                className="dash-legend__swatch"
                style={{ background: `var(--c-chart-${i + 1})` }}
                aria-hidden="true"
              />
              {kindLabel(id)}
            </li>
          ))}
        </ul>
        <p className="muted dash-chart-note">{t('chart.suppressedNote', { threshold })}</p>
      </div>
      <button
        type="button"
        className="button button--small dash-table-toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? t('table.hideTable') : t('table.showTable')}
      </button>
      <div
        id={tableId}
        className="dash-scroll dash-activity-table"
        hidden={!showTable}
        role="region"
        aria-label={t('table.region', { name: t('sections.activity') })}
        tabIndex={0}
      >
        <table className="dash-table">
          <thead>
            <tr>
              <th scope="col">{t('table.bucket')}</th>
              <th scope="col" className="dash-table__count">
                {t('totals.contacts')}
              </th>
              <th scope="col" className="dash-table__count">
                {t('totals.people')}
              </th>
              {kinds.map((id) => (
                <th key={id} scope="col" className="dash-table__count">
                  {kindLabel(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                <td className="dash-table__count">{text(row)}</td>
                {['people', ...kinds].map((id) => (
                  <td key={id} className="dash-table__count">
                    {text({ count: cellCount(row, id) })}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A bucket's count for one column; a kind absent from the bucket is 0, a suppressed one stays null. */
function cellCount(row: ReportSection['rows'][number], id: string) {
  const child = row.children?.find((item) => item.id === id);
  return child ? child.count : 0;
}
