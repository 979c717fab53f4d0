import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import { useSearchParamState } from '../../../ui/hooks/use-search-param-state';
import { filterSchemes, MAX_AGE, MIN_AGE, parseAge, parseCategory, SCHEME_CATEGORIES } from '../filter-schemes';
import { useContent } from '../../../data/content';
import { SchemeCard } from './scheme-card';
import '../schemes.css';

/** Scheme cards with category, age and text filters kept in the URL (?category=&age=&q=). */
export function SchemeDirectory() {
  const { t } = useTranslation('schemes');
  const schemes = useContent().schemes;
  const [categoryValue, setCategory] = useSearchParamState('category');
  const [ageValue, setAge] = useSearchParamState('age');
  const [query, setQuery] = useSearchParamState('q');
  const category = parseCategory(categoryValue);
  const parsedAge = parseAge(ageValue);
  const age = parsedAge === 'invalid' ? undefined : parsedAge;
  const matches = useMemo(() => filterSchemes(schemes, { category, age, query }), [schemes, category, age, query]);
  const filtered = Boolean(category || ageValue || query);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form role="search" aria-label={t('filters')} className="scheme-filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="scheme-category">{t('category')}</label>
          <select id="scheme-category" value={category ?? ''} onChange={(event) => setCategory(event.target.value)}>
            <option value="">{t('allCategories')}</option>
            {SCHEME_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`categories.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="scheme-age">{t('age.label')}</label>
          <input
            id="scheme-age"
            type="number"
            inputMode="numeric"
            min={MIN_AGE}
            max={MAX_AGE}
            step={1}
            value={ageValue}
            onChange={(event) => setAge(event.target.value)}
            aria-describedby="scheme-age-hint"
            aria-invalid={parsedAge === 'invalid'}
          />
          <span id="scheme-age-hint" className={parsedAge === 'invalid' ? 'error-text' : 'muted'}>
            {parsedAge === 'invalid' ? t('age.invalid') : t('age.hint')}
          </span>
        </div>
        <div className="field scheme-filters__query">
          <label htmlFor="scheme-query">{t('filter')}</label>
          <input
            id="scheme-query"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby="scheme-query-hint"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
          />
          <span id="scheme-query-hint" className="muted">
            {t('filterHint')}
          </span>
        </div>
      </form>
      <div className="scheme-results-bar">
        {/* Always in the DOM, so screen readers announce the count as it changes. */}
        <p role="status" className="scheme-count">
          {t('count', { count: matches.length })}
        </p>
        {filtered && (
          <Link to={routes.schemes()} className="button button--small" preventScrollReset replace>
            {t('clearFilters')}
          </Link>
        )}
      </div>
      {matches.length === 0 ? (
        <p>{t('noMatch')}</p>
      ) : (
        <ul className="scheme-list">
          {matches.map(({ scheme, extensions }) => (
            <SchemeCard key={scheme.id} scheme={scheme} age={age} extensions={extensions} />
          ))}
        </ul>
      )}
    </>
  );
}
