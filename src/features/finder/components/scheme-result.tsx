import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SchemeRow } from '../../../data/content';
import { inlineToPlainText } from '../../../lib/inline-markup';
import { routes } from '../../../lib/routes';
import type { SchemeResult as Result } from '../evaluate-eligibility';
import { useContentHref } from '../hooks/use-content-href';
import { useReasonText } from '../hooks/use-reason-text';
import { RuleSources } from './rule-sources';
import { RichText } from '../../../components/ui/rich-text';

interface Props {
  result: Result<SchemeRow>;
  headingLevel: 3 | 4;
  /** Near misses show only what misses (and what is left to check), not the whole rule. */
  variant: 'match' | 'near-miss';
  /** Actions composed by the app for a match (e.g. "Start a referral"). */
  actions?: ReactNode;
}

/** One scheme in the results: its name linking to its page, its rule, and why it fits, misses or needs a check. */
export function SchemeResult({ result, headingLevel, variant, actions }: Props) {
  const { t } = useTranslation('finder');
  const text = useReasonText();
  const href = useContentHref();
  const { scheme } = result;
  const Heading = `h${headingLevel}` as const;
  const separator = t('rule.separator');
  const rows = [
    variant === 'match' && { key: 'rule', label: t('scheme.rule'), value: text.rule(scheme.eligibility) },
    variant === 'match' &&
      result.met.length > 0 && { key: 'why', label: t('scheme.why'), value: result.met.map(text.met).join(separator) },
    result.missed.length > 0 && {
      key: 'miss',
      label: t('scheme.miss'),
      value: result.missed.map(text.miss).join(separator),
    },
    result.toCheck.length > 0 && {
      key: 'check',
      label: t('scheme.check'),
      value: result.toCheck.map(text.check).join(separator),
    },
    variant === 'match' &&
      result.priorities.length > 0 && {
        key: 'priority',
        label: t('scheme.priority'),
        value: text.list(result.priorities.map(text.is), 'conjunction'),
      },
    ...result.instead.map((key) => ({
      key: `instead-${key}`,
      label: t('instead.label'),
      value: <RichText text={scheme.eligibility.otherwise?.[key] ?? ''} />,
    })),
  ].filter((row) => row !== false);

  return (
    <li className="finder-result">
      <Heading className="finder-result__title">
        <Link to={href(routes.scheme(scheme.id))}>
          {scheme.acronym && <span lang="fr">{scheme.acronym} – </span>}
          <span lang="fr">{inlineToPlainText(scheme.nameFr)}</span>
        </Link>{' '}
        {result.status === 'to-check' && <span className="tag finder-tag">{t('matches.toCheck')}</span>}
      </Heading>
      <p className="finder-result__name-en" lang="en">
        {inlineToPlainText(scheme.nameEn)}
      </p>
      <dl className="finder-reasons">
        {rows.map((row) => (
          <div key={row.key} className={`finder-reasons__${row.key}`}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <RuleSources eligibility={scheme.eligibility} />
      {actions && <div className="finder-result__actions">{actions}</div>}
    </li>
  );
}
