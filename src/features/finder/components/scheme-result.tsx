import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SchemeRow } from '../../../data/content';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import { extraPriorities, type SchemeResult as Result } from '../evaluate-eligibility';
import { useContentHref } from '../hooks/use-content-href';
import { useReasonText } from '../hooks/use-reason-text';
import { RuleSources } from './rule-sources';
import { RichText } from '../../../ui/components/rich-text';
import '../../../styles/glosses.css';

interface Props {
  result: Result<SchemeRow>;
  headingLevel: 3 | 4;
  /** Near misses show only what misses (and what is left to check), not the whole rule. */
  variant: 'match' | 'near-miss';
  /** Actions composed by the app for a match (e.g. "Start a referral"). */
  actions?: ReactNode;
}

/**
 * One scheme in the results, as a compact card: its name linking to its page (the English name only as an
 * optional gloss), why it fits — every answer that supports it — or what it misses or needs checked, its rule
 * and sources, and one action.
 */
export function SchemeResult({ result, headingLevel, variant, actions }: Props) {
  const { t } = useTranslation('finder');
  const text = useReasonText();
  const href = useContentHref();
  const { scheme } = result;
  const Heading = `h${headingLevel}` as const;
  const separator = t('rule.separator');
  const why = [...result.met.map(text.met), ...extraPriorities(result).map(text.is)];
  const rows = [
    // Every answer that speaks for the scheme: the conditions it meets, then the priority facts that hold.
    variant === 'match' && why.length > 0 && { key: 'why', label: t('scheme.why'), value: why.join(separator) },
    variant === 'match' && { key: 'rule', label: t('scheme.rule'), value: text.rule(scheme.eligibility) },
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
      <p className="finder-result__name-en gloss" lang="en">
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
