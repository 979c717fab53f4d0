/** The names of a report's items in the reader's language: translations, and the content pack for schemes and factors. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { schemeLabelOf } from '../../../data/content/scheme-labels';
import { useContent } from '../../../data/content/use-content';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { dateText } from '../format';
import type { ReportLabels } from '../report-model';

export function useReportLabels(): ReportLabels {
  const { t, i18n } = useTranslation('dashboard');
  const content = useContent();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  return useMemo(() => {
    const schemes = new Map(content.schemes.map((scheme) => [scheme.id, schemeLabelOf(scheme, language).label]));
    const factors = new Map(content.tableFactors.map((factor) => [factor.id, inlineToPlainText(factor.factor)]));
    return {
      total: (id) => t(`totals.${id}`),
      bucket: (start, group) =>
        t(`buckets.${group}`, {
          date: dateText(
            start,
            language,
            group === 'week' ? { dateStyle: 'medium' } : { month: 'long', year: 'numeric' },
          ),
        }),
      kind: (id) => t(`kinds.${id}`),
      ageBand: (id) => t(`ageBands.${id}`),
      signal: (id) => t(`signals.${id}`),
      // An id the content pack no longer has (renamed since) is still counted: shown as its id.
      topic: (id) => factors.get(id) ?? id,
      scheme: (id) => schemes.get(id) ?? id,
      outcome: (id) => t(`outcomes.${id}`),
      daysToOutcome: (id) => t(`daysToOutcome.${id}`),
      followUp: (id) => t(`followUps.${id}`),
    } satisfies ReportLabels;
  }, [t, language, content]);
}
