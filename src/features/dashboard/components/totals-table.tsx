import { useTranslation } from 'react-i18next';
import { changeText } from '../format';
import { useCountText } from '../hooks/use-count-text';
import type { ReportSection } from '../report-model';

/** The period's totals, and with "compare" on, the previous period's and the change. */
export function TotalsTable({
  section,
  threshold,
  compare,
}: {
  section: ReportSection;
  threshold: number;
  compare: boolean;
}) {
  const { t, i18n } = useTranslation('dashboard');
  const text = useCountText(threshold);
  return (
    <section className="dash-section" aria-labelledby="dash-totals">
      <h2 id="dash-totals">{t('sections.totals')}</h2>
      {/* Four columns at 200 % text may not fit 360 px: the table scrolls in its own region, never the page. */}
      <div className="dash-scroll" role="region" aria-labelledby="dash-totals" tabIndex={0}>
        <table className="dash-table" aria-labelledby="dash-totals">
          <thead>
            <tr>
              <th scope="col">{t('table.item')}</th>
              <th scope="col" className="dash-table__count">
                {t('table.period')}
              </th>
              {compare && (
                <>
                  <th scope="col" className="dash-table__count">
                    {t('table.previous')}
                  </th>
                  <th scope="col" className="dash-table__count">
                    {t('table.change')}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                <td className="dash-table__count dash-total">{text(row)}</td>
                {compare && (
                  <>
                    <td className="dash-table__count">{text({ count: row.previous ?? null })}</td>
                    <td className="dash-table__count">
                      {changeText(row.count, row.previous ?? null, i18n.language) ?? t('table.changeUnknown')}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
