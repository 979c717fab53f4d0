import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SchemeRow } from '../../../data/content';
import { routes } from '../../../shared/routes';
import { evaluateEligibility } from '../evaluate-eligibility';
import { useFinderContent } from '../hooks/use-finder-content';
import { useSituationParams } from '../hooks/use-situation-params';
import { isAnswered, parseSituation } from '../situation';
import { FinderJumpBar } from './finder-jump-bar';
import { FINDER_RESULTS_ID, FinderResults } from './finder-results';
import { SituationForm } from './situation-form';
import '../finder.css';

/**
 * The eligibility finder: the situation form with a sticky count of the schemes that fit and a jump to them,
 * then the results ranked by fit.
 */
export function FinderView({ schemeActions }: { schemeActions?: (scheme: SchemeRow) => ReactNode }) {
  const { t } = useTranslation('finder');
  const content = useFinderContent();
  const [params, setParam, setParams] = useSituationParams();
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
      <SituationForm params={params} situation={situation} onChange={setParam} onAdopt={setParams} />
      {anyParam && (
        <p>
          <Link to={routes.finder()} className="button button--small" preventScrollReset replace>
            {t('clear')}
          </Link>
        </p>
      )}
      <FinderJumpBar result={result} targetId={FINDER_RESULTS_ID} />
      <FinderResults
        result={result}
        checklists={content.checklists}
        lang={content.lang}
        schemeActions={schemeActions}
      />
    </div>
  );
}
