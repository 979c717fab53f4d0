import { useTranslation } from 'react-i18next';
import type { StatsResponse } from '../../../shared/protocol/stats';
import { dateText } from '../format';
import type { ReportLabels } from '../report-model';

/**
 * What a report is, as [label, value] pairs: the heading block of the screen, the print and the CSV (team,
 * period, previous period, filters, when it was made, the suppression rule and the data's limits).
 */
export function useReportAbout(report: StatsResponse, labels: ReportLabels): [string, string][] {
  const { t, i18n } = useTranslation('dashboard');
  const locale = i18n.language;
  const range = ({ from, to }: { from: string; to: string }) =>
    t('about.range', { from: dateText(from, locale), to: dateText(to, locale) });
  const filters = [
    report.filters.kind
      ? t('about.filterValue', { name: t('filters.kind'), value: labels.kind(report.filters.kind) })
      : undefined,
    report.filters.scheme
      ? t('about.filterValue', { name: t('filters.scheme'), value: labels.scheme(report.filters.scheme) })
      : undefined,
  ].filter(Boolean);
  const { threshold, roundingBase } = report.suppression;
  return [
    [t('about.team'), report.team],
    [t('about.period'), `${range(report.period)} (${t(`about.${report.period.group}`)})`],
    [t('about.previousPeriod'), range(report.previousPeriod)],
    [t('about.filters'), filters.length > 0 ? filters.join(', ') : t('about.noFilter')],
    [
      t('about.generatedAt'),
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(report.generatedAt)),
    ],
    [t('about.suppression'), t('about.suppressionRule', { threshold, base: roundingBase })],
    [t('about.limits'), t('about.limitsText')],
  ];
}
