import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SchemeRow } from '../../../data/content';
import { routes } from '../../../lib/routes';
import { evaluateEligibility } from '../evaluate-eligibility';
import { useFinderContent } from '../hooks/use-finder-content';
import { useSituationParams } from '../hooks/use-situation-params';
import { isAnswered, parseSituation } from '../situation';
import { FinderResults } from './finder-results';
import { SituationForm } from './situation-form';
import '../finder.css';

/** The eligibility finder: the situation form, then the schemes that fit, the near misses and the measures. */
export function FinderView({ schemeActions }: { schemeActions?: (scheme: SchemeRow) => ReactNode }) {
  const { t } = useTranslation('finder');
  const content = useFinderContent();
  const [params, setParam] = useSituationParams();
  const situation = useMemo(() => parseSituation(params), [params]);
  const answered = isAnswered(situation);
  const result = useMemo(
    () => (answered ? evaluateEligibility(situation, content.schemes, content.factors, content.listed) : undefined),
    [content, situation, answered],
  );
  const anyParam = Object.values(params).some(Boolean);

  return (
    <div className="finder">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <SituationForm params={params} situation={situation} onChange={setParam} />
      {anyParam && (
        <p>
          <Link to={routes.finder()} className="button button--small" preventScrollReset replace>
            {t('clear')}
          </Link>
        </p>
      )}
      <FinderResults
        result={result}
        checklists={content.checklists}
        lang={content.lang}
        schemeActions={schemeActions}
      />
    </div>
  );
}
