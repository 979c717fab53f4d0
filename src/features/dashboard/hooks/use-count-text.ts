import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { countText } from '../format';
import type { ReportRow } from '../report-model';

/** A row's value as the screen, the print and the CSV write it: "< threshold" for every suppressed count. */
export function useCountText(threshold: number) {
  const { t, i18n } = useTranslation('dashboard');
  return useCallback(
    (row: Pick<ReportRow, 'count' | 'days'>) =>
      row.days && row.count === null
        ? t('daysToOutcome.notPublished', { threshold })
        : countText(row.count, threshold, i18n.language),
    [t, i18n.language, threshold],
  );
}
