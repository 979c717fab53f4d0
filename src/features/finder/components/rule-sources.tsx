import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ruleConditions } from '../../../content/content-problems';
import type { Cite, ConditionKey, Eligibility } from '../../../content/schema';
import { RichText } from '../../../ui/components/rich-text';
import { routes } from '../../../shared/routes';
import { useContentHref } from '../hooks/use-content-href';
import { useReasonText } from '../hooks/use-reason-text';

/** Where a cite comes from: a link to the guide's section, or the public reference (linked when online). */
function CiteSource({ cite }: { cite: Cite }) {
  const { t } = useTranslation('finder');
  const href = useContentHref();
  if (cite.section) {
    return (
      <Link to={href(routes.section(cite.section))}>
        {t('sources.guide', { number: cite.section.replace(/-/g, '.') })}
      </Link>
    );
  }
  const ref = <RichText text={cite.ref ?? ''} />;
  return cite.url ? (
    <a href={cite.url} target="_blank" rel="noopener noreferrer" className="external-link">
      {ref}
    </a>
  ) : (
    ref
  );
}

/**
 * "Why this answer": each condition of the rule with what its source says and where it comes from (a guide
 * section or a public reference); an age range no source gives is said to be indicative.
 */
export function RuleSources({ eligibility }: { eligibility: Eligibility }) {
  const { t } = useTranslation('finder');
  const text = useReasonText();
  const label = (key: ConditionKey) => {
    switch (key) {
      case 'age':
        return t('sources.age');
      case 'region':
        return t('sources.region');
      case 'any-of':
        return t('rule.oneOf', { facts: text.list(eligibility.requiresAnyOf.map(text.is), 'disjunction') });
      default:
        return text.is(key);
    }
  };
  const items = ruleConditions(eligibility).flatMap((key) =>
    (eligibility.basis[key] ?? []).map((cite, index) => ({ key: `${key}-${index}`, condition: label(key), cite })),
  );
  if (items.length === 0 && !eligibility.ageIndicative) return null;
  return (
    <details className="finder-sources">
      <summary>{t('sources.title')}</summary>
      <ul>
        {items.map(({ key, condition, cite }) => (
          <li key={key}>
            <strong>{condition}</strong> — <RichText text={cite.says} /> (<CiteSource cite={cite} />)
          </li>
        ))}
        {eligibility.ageIndicative && <li>{t(`sources.indicative.${eligibility.ageIndicative}`)}</li>}
      </ul>
    </details>
  );
}
