import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { RichText } from '../../../ui/components/rich-text';
import type { TableFactorRow } from '../../../data/content';
import { routes } from '../../../shared/routes';
import { useTable1 } from '../hooks/use-table-1';
import { FactorCard } from './factor-card';
import '../table-1.css';

const SCOPES = ['minor', 'family', 'environment'] as const satisfies readonly TableFactorRow['scope'][];
type ScopeFilter = 'all' | (typeof SCOPES)[number];

interface Props {
  /**
   * Where the matrix sits in the page's outline. 1: it is the page — it renders the table's title as the h1
   * (and `actions` next to it). 2: it sits under a page h1 that already names the table (the guide section
   * "table-1") — its own headings start at h2. Either way scopes are h2 and factors h3.
   */
  headingLevel?: 2 | 1;
  /** Slot next to the title when the matrix is the page (favourite toggle), composed by the app. */
  actions?: ReactNode;
}

/**
 * Table 1 "Factors influencing participation in trafficking and possible responses" as a navigable matrix.
 * The guide prints it as a wide three-column table; on a phone it reads as cards: scope → factor →
 * responses → what stands behind each response (guide sections, schemes, checklists).
 */
export function Table1Matrix({ headingLevel = 2, actions }: Props) {
  const { t } = useTranslation('table1');
  const table = useTable1();
  const [scope, setScope] = useState<ScopeFilter>('all');
  const selectId = useId();
  const { hash } = useLocation();
  // Land on a factor ("#factor-<id>", e.g. from a search result): the matrix renders with its first render.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);

  const { meta, factors, ...labels } = table;
  const shown = factors.filter((factor) => scope === 'all' || factor.scope === scope);

  return (
    <div className="t1">
      {headingLevel === 1 && (
        <header className="page-header">
          <h1>
            <RichText text={meta.title} />
          </h1>
          {actions}
        </header>
      )}
      <p className={headingLevel === 1 ? 'lead' : undefined}>
        <RichText text={meta.intro} />
      </p>
      <p className="muted">{t('reading')}</p>
      {headingLevel === 1 && (
        <p>
          <Link to={routes.section('table-1')}>{t('inGuide')}</Link>
        </p>
      )}
      <div className="field">
        <label htmlFor={selectId}>{t('filter.label')}</label>
        <select id={selectId} value={scope} onChange={(event) => setScope(event.target.value as ScopeFilter)}>
          {(['all', ...SCOPES] as const).map((value) => (
            <option key={value} value={value}>
              {value === 'all' ? t('filter.all') : t(`scopes.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="muted">
        {t('filter.count', { count: shown.length })}
      </p>
      {SCOPES.map((value) => {
        const group = shown.filter((factor) => factor.scope === value);
        if (group.length === 0) return null;
        const headingId = `${selectId}-scope-${value}`;
        return (
          <section key={value} className="t1-scope" aria-labelledby={headingId}>
            <h2 id={headingId} className="t1-scope__title">
              {t(`scopes.${value}`)}
            </h2>
            <ul className="t1-factors">
              {group.map((factor) => (
                <FactorCard key={factor.id} factor={factor} labels={labels} headingLevel={3} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
