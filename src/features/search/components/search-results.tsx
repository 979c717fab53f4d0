import { memo, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInterfaceLanguage, withContentLanguage } from '../../../platform/i18n/content-language';
import { routes } from '../../../shared/routes';
import { groupResults, type ResultGroup } from '../group-results';
import type { SearcherState } from '../hooks/use-searcher';
import type { SearchResult } from '../types';
import { MarkedText, ResultSnippet } from './result-snippet';

/** Terms and scheme names are French words in both packs; other titles are in the reader's language when they can be. */
const titleLanguage = (result: SearchResult) =>
  result.kind === 'term' || result.kind === 'scheme' ? 'fr' : result.titleLang;

interface Props {
  query: string;
  state: SearcherState;
  /** ArrowUp from the first result, and a suggestion chosen: back to the field. */
  focusField: () => void;
  /** A result or a suggestion is being opened (the page's URL must hold the query first, for back). */
  onOpen: () => void;
}

interface ListProps {
  focusField: () => void;
  onOpen: () => void;
}

/** ArrowDown / ArrowUp move between the result links (Tab works too: they are ordinary links, in order). */
function moveBetweenResults(event: KeyboardEvent<HTMLElement>, focusField: () => void) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
  const at = links.indexOf(event.target as HTMLAnchorElement);
  if (at < 0) return;
  event.preventDefault();
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) focusField();
  else links[Math.min(next, links.length - 1)]?.focus();
}

const sameRanges = (a: [number, number][], b: [number, number][]) =>
  a.length === b.length && a.every(([start, end], i) => start === b[i]?.[0] && end === b[i]?.[1]);

/**
 * One result. Typing one more letter mostly finds the same entries with the same passage: those are left as
 * they are (no render, no layout), only what changed is redrawn.
 */
const ResultItem = memo(
  function ResultItem({ result, onOpen }: { result: SearchResult; onOpen: () => void }) {
    return (
      <li className="search-result">
        <Link
          to={result.url}
          className="search-result__link"
          lang={titleLanguage(result)}
          data-search-result=""
          onClick={onOpen}
        >
          <MarkedText text={result.title} highlights={result.titleHighlights} />
        </Link>
        <ResultSnippet snippet={result.snippet} lang={result.lang} />
      </li>
    );
  },
  (before, after) =>
    before.onOpen === after.onOpen &&
    before.result.id === after.result.id &&
    before.result.url === after.result.url &&
    before.result.title === after.result.title &&
    before.result.snippet.text === after.result.snippet.text &&
    sameRanges(before.result.snippet.highlights, after.result.snippet.highlights) &&
    sameRanges(before.result.titleHighlights, after.result.titleHighlights),
);

/** Memoized: re-rendering the page for another reason (the router, the URL) leaves the list alone. */
const Groups = memo(function Groups({ groups, focusField, onOpen }: ListProps & { groups: ResultGroup[] }) {
  const { t } = useTranslation('search');
  return (
    // Arrow keys only help: every result is a link in reading order, reachable with Tab.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div onKeyDown={(event) => moveBetweenResults(event, focusField)}>
      {groups.map(({ kind, results }) => (
        <section key={kind} className="search-group" aria-labelledby={`search-group-${kind}`}>
          <h2 id={`search-group-${kind}`} className="search-group__title">
            {t(`kinds.${kind}`)} <span className="search-group__count">({results.length})</span>
          </h2>
          <ol className="search-list">
            {results.map((result) => (
              <ResultItem key={result.id} result={result} onOpen={onOpen} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
});

function Suggestions({ suggestions, focusField, onOpen }: ListProps & { suggestions: string[] }) {
  const { t } = useTranslation('search');
  if (suggestions.length === 0) return null;
  return (
    <>
      <p id="search-suggestions">{t('suggestions')}</p>
      <ul className="search-suggestions" aria-labelledby="search-suggestions">
        {suggestions.map((suggestion) => (
          <li key={suggestion}>
            {/* Runs that search; the focus goes back to the field, whose text becomes the suggestion. */}
            <Link
              to={routes.search(suggestion)}
              onClick={() => {
                onOpen();
                focusField();
              }}
            >
              {suggestion}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The results of the query, live: the count in a live region (always in the page, so each change is
 * announced), then one group per kind, the best first, each result a link to the exact place with the matched
 * words marked; or, when nothing matched, close terms to try. `data-query` holds the query whose results are
 * on screen (tests and the browser benchmark wait for it).
 */
export const SearchResults = memo(function SearchResults({ query, state, focusField, onOpen }: Props) {
  const { t } = useTranslation(['search', 'common']);
  const trimmed = query.trim();
  const searcher = state.status === 'ready' ? state.searcher : undefined;
  const ui = useInterfaceLanguage();
  // A result found in the other language opens in that language (?lang=…), where its words are.
  const groups = useMemo(
    () =>
      searcher && trimmed
        ? groupResults(
            searcher
              .search(trimmed, ui)
              .map((result) => ({ ...result, url: withContentLanguage(result.url, result.lang, ui) })),
          )
        : [],
    [searcher, trimmed, ui],
  );
  const count = groups.reduce((sum, group) => sum + group.results.length, 0);
  const suggestions = useMemo(
    () => (searcher && trimmed && count === 0 ? searcher.suggest(trimmed) : []),
    [searcher, trimmed, count],
  );
  const shown = searcher !== undefined || !trimmed;

  let status = '';
  if (trimmed && state.status === 'loading') status = t('common:layout.loading');
  else if (trimmed && searcher) status = t('count', { count, query: trimmed });

  return (
    <div className="search-results" data-query={shown ? query : undefined}>
      <p role="status" className="search-status">
        {status}
      </p>
      {state.status === 'error' && (
        <div role="alert">
          <p>{t('loadFailed')}</p>
          <button type="button" className="button" onClick={state.retry}>
            {t('common:actions.retry')}
          </button>
        </div>
      )}
      {!trimmed && <p className="muted">{t('prompt')}</p>}
      {searcher && trimmed && count === 0 && (
        <div className="search-empty">
          <p>{t('noResults')}</p>
          <Suggestions suggestions={suggestions} focusField={focusField} onOpen={onOpen} />
        </div>
      )}
      {count > 0 && <Groups groups={groups} focusField={focusField} onOpen={onOpen} />}
    </div>
  );
});
