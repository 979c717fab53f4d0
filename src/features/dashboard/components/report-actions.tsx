import { useTranslation } from 'react-i18next';
import { downloadText } from '../../../platform/download/download-file';
import type { StatsResponse } from '../../../shared/protocol/stats';
import { buildReportCsv } from '../report-csv';
import type { ReportSection } from '../report-model';

interface Props {
  report: StatsResponse;
  sections: readonly ReportSection[];
  about: readonly (readonly [string, string])[];
}

/** "Print / PDF" (the print stylesheet makes the A4 report) and "Download CSV" of the same figures. */
export function ReportActions({ report, sections, about }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const { threshold } = report.suppression;
  const download = () => {
    const csv = buildReportCsv(
      sections,
      {
        about: [[t('csv.title'), ''], ...about],
        columns: [t('csv.section'), t('csv.item'), t('csv.value'), t('csv.previous')],
        section: (id) => t(`sections.${id}`),
        // Plain numbers for the spreadsheet; "< threshold" and the median's words as on screen.
        value: (row) =>
          row.count === null
            ? row.days
              ? t('daysToOutcome.notPublished', { threshold })
              : `< ${threshold}`
            : String(row.count),
      },
      i18n.language === 'fr' ? ';' : ',',
    );
    const { from, to } = report.period;
    downloadText(csv, `${t('csv.file')}-${from}-${to}.csv`, 'text/csv;charset=utf-8');
  };
  return (
    <div className="dash-actions dash-chrome">
      <button type="button" className="button" onClick={() => window.print()}>
        {t('actions.print')}
      </button>
      <button type="button" className="button" onClick={download}>
        {t('actions.csv')}
      </button>
    </div>
  );
}
