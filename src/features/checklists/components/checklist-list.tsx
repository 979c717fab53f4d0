import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ChecklistRunRow } from '../../../platform/db/rows';
import type { ChecklistRow } from '../../../data/content';
import { foldText } from '../../../shared/text/fold-text';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import { useChecklists } from '../../../data/checklists/use-checklists';
import { doneCount } from '../progress';
import '../checklists.css';

const KINDS = ['referral', 'procedure'] as const;

function ChecklistCard({ checklist, run }: { checklist: ChecklistRow; run: ChecklistRunRow | undefined }) {
  const { t } = useTranslation('checklists');
  const total = checklist.steps.length;
  return (
    <li>
      <Link to={routes.checklist(checklist.id)} className="card">
        <span className="card__title">{inlineToPlainText(checklist.title)}</span>
        <span className="checklist-card__summary">{inlineToPlainText(checklist.summary)}</span>
        <span className="card__meta">
          {t('steps', { count: total })}
          {run && (
            <>
              {' · '}
              <span className="checklist-card__progress">
                {t('progress', { count: doneCount(checklist, run), total })}
              </span>
            </>
          )}
        </span>
      </Link>
    </li>
  );
}

/** Every checklist in two groups (referrals, procedures), with the progress of the run in progress. */
export function ChecklistList() {
  const { t } = useTranslation('checklists');
  const data = useChecklists();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const inputId = useId();

  const matches = useMemo(() => {
    const words = foldText(query).split(' ').filter(Boolean);
    return data.checklists.filter((checklist) => {
      const haystack = foldText(`${inlineToPlainText(checklist.title)} ${inlineToPlainText(checklist.summary)}`);
      return words.every((word) => haystack.includes(word));
    });
  }, [data, query]);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('filter.label')}</label>
        <span id={`${inputId}-hint`} className="muted">
          {t('filter.hint')}
        </span>
        <input
          id={inputId}
          type="search"
          value={query}
          aria-describedby={`${inputId}-hint`}
          autoComplete="off"
          onChange={(event) => setParams(event.target.value ? { q: event.target.value } : {}, { replace: true })}
        />
      </div>
      <p role="status" className="muted">
        {matches.length === 0 ? t('filter.none', { query }) : t('filter.count', { count: matches.length })}
      </p>
      {KINDS.map((kind) => {
        const group = matches.filter((checklist) => checklist.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`group-${kind}`}>
            <h2 id={`group-${kind}`}>{t(`groups.${kind}`)}</h2>
            <p className="muted">{t(`groups.${kind}Intro`)}</p>
            <ul className="card-list">
              {group.map((checklist) => (
                <ChecklistCard key={checklist.id} checklist={checklist} run={data.currentRuns.get(checklist.id)} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
