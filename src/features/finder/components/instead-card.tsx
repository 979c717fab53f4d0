import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SchemeRow } from '../../../data/content';
import { RichText } from '../../../ui/components/rich-text';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import type { SchemeResult } from '../evaluate-eligibility';
import { useContentHref } from '../hooks/use-content-href';
import { useReasonText } from '../hooks/use-reason-text';

/**
 * A scheme the answers rule out on a condition whose rule says what applies instead: why it does not apply,
 * then the rule's own "otherwise" text (from the guide).
 */
export function InsteadCard({ result }: { result: SchemeResult<SchemeRow> }) {
  const { t } = useTranslation('finder');
  const text = useReasonText();
  const href = useContentHref();
  const { scheme } = result;
  const otherwise = scheme.eligibility.otherwise ?? {};
  return (
    <li className="finder-result">
      <h3 className="finder-result__title">
        <Link to={href(routes.scheme(scheme.id))}>
          {scheme.acronym && <span lang="fr">{scheme.acronym} – </span>}
          <span lang="fr">{inlineToPlainText(scheme.nameFr)}</span>
        </Link>
      </h3>
      <dl className="finder-reasons">
        <div className="finder-reasons__miss">
          <dt>{t('scheme.miss')}</dt>
          <dd>{result.missed.map(text.miss).join(t('rule.separator'))}</dd>
        </div>
        {result.instead.map((key) => (
          <div key={key}>
            <dt>{t('instead.label')}</dt>
            <dd>
              <RichText text={otherwise[key] ?? ''} />
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
