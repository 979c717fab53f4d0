import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeRow } from '../../../data/content';
import type { FinderResult } from '../evaluate-eligibility';
import { InsteadCard } from './instead-card';
import { MeasureCard } from './measure-card';
import { SchemeResult } from './scheme-result';

/** The first results heading: where "See the results" lands. */
export const FINDER_RESULTS_ID = 'finder-matches-title';

interface Props {
  /** undefined before any question is answered. */
  result: FinderResult<SchemeRow> | undefined;
  checklists: Map<string, string>;
  /** The language of the content texts. */
  lang: string;
  /** The app's actions for a matching scheme (a slot: the finder does not know the referrals feature). */
  schemeActions?: (scheme: SchemeRow) => ReactNode;
}

/**
 * The results, ranked by fit: the schemes that fit (full matches, then the ones to check), the near misses,
 * what applies instead of a scheme the answers rule out, then the measures for the family and the
 * neighbourhood. The count and the jump here live in the sticky bar (finder-jump-bar.tsx).
 */
export function FinderResults({ result, checklists, lang, schemeActions }: Props) {
  const { t } = useTranslation('finder');
  if (!result) return null;
  return (
    <section className="finder-results" aria-label={t('results.label')}>
      <section aria-labelledby={FINDER_RESULTS_ID}>
        <h2 id={FINDER_RESULTS_ID} tabIndex={-1}>
          {t('matches.title')}
        </h2>
        {result.matches.length === 0 ? (
          <p>{t('matches.empty')}</p>
        ) : (
          <ul className="finder-list">
            {result.matches.map((match) => (
              <SchemeResult
                key={match.scheme.id}
                result={match}
                headingLevel={3}
                variant="match"
                actions={schemeActions?.(match.scheme)}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="finder-near-title">
        <h2 id="finder-near-title">{t('nearMisses.title')}</h2>
        <p className="muted">{t('nearMisses.intro')}</p>
        {result.nearMisses.length === 0 ? (
          <p>{t('nearMisses.empty')}</p>
        ) : (
          <ul className="finder-list">
            {result.nearMisses.map((miss) => (
              <SchemeResult key={miss.scheme.id} result={miss} headingLevel={3} variant="near-miss" />
            ))}
          </ul>
        )}
      </section>
      {result.instead.length > 0 && (
        <section aria-labelledby="finder-instead-title">
          <h2 id="finder-instead-title">{t('instead.title')}</h2>
          <p className="muted">{t('instead.intro')}</p>
          <ul className="finder-list">
            {result.instead.map((item) => (
              <InsteadCard key={item.scheme.id} result={item} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="finder-measures-title">
        <h2 id="finder-measures-title">{t('measures.title')}</h2>
        <p className="muted">{t('measures.intro')}</p>
        {result.measures.length === 0 ? (
          <p>{t('measures.empty')}</p>
        ) : (
          <ul className="finder-list">
            {result.measures.map((measure) => (
              <MeasureCard
                key={`${measure.factor.id}-${measure.factor.responses.indexOf(measure.response)}`}
                measure={measure}
                checklists={checklists}
                lang={lang}
              />
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
