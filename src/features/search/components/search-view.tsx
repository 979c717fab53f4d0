import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../ui/hooks/use-document-title';
import { useQueryParam } from '../hooks/use-query-param';
import { useSearcher } from '../hooks/use-searcher';
import { SearchField } from './search-field';
import { SearchResults } from './search-results';

export const SEARCH_PAGE_FIELD_ID = 'search-page-field';

const focusField = () => document.getElementById(SEARCH_PAGE_FIELD_ID)?.focus();

/**
 * The search page (/search?q=…): its own prominent field, bound to the URL so the page is a deep link that
 * works offline, and the results under it, updated on every keystroke (no debounce: a query takes well under
 * a millisecond; only the URL waits for a pause, see useQueryParam).
 */
export function SearchView() {
  const { t } = useTranslation('search');
  const { value: query, committed, handedOff, setValue: setQuery, flush } = useQueryParam();
  const state = useSearcher();
  const results = useRef<HTMLDivElement>(null);
  const trimmed = query.trim();
  // Follows the URL, not each keystroke: setting the title costs a few milliseconds on a slow phone.
  useDocumentTitle(committed.trim() ? t('documentTitle', { query: committed.trim() }) : t('title'));

  const focusFirstResult = () => results.current?.querySelector<HTMLElement>('a[data-search-result]')?.focus();
  const submit = () => {
    flush();
    focusFirstResult();
  };

  return (
    <div className="search-page">
      <h1>{t('title')}</h1>
      <SearchField
        id={SEARCH_PAGE_FIELD_ID}
        variant="prominent"
        value={query}
        onValueChange={setQuery}
        onSubmit={submit}
        onArrowDown={focusFirstResult}
        // Typed elsewhere, the query continues here; an empty page is there to type in.
        takeFocus={handedOff || !trimmed}
      />
      <div ref={results}>
        <SearchResults query={query} state={state} focusField={focusField} onOpen={flush} />
      </div>
    </div>
  );
}
