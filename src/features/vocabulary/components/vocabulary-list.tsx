import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import { useSearchParamState } from '../../../ui/hooks/use-search-param-state';
import { excerpt, filterTerms, groupByLetter, headwords, letterAnchor } from '../filter-terms';
import { useContent } from '../../../data/content';
import '../vocabulary.css';

/** All terms A–Z under letter headings, with a jump bar and a quick filter kept in the URL (?q=). */
export function VocabularyList() {
  const { t } = useTranslation('vocabulary');
  const terms = useContent().terms;
  const [query, setQuery] = useSearchParamState('q');
  const groups = useMemo(() => groupByLetter(filterTerms(terms, query)), [terms, query]);
  const count = groups.reduce((sum, group) => sum + group.terms.length, 0);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form
        role="search"
        aria-label={t('searchLabel')}
        className="vocabulary-filter"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="vocabulary-filter">{t('filter')}</label>
          <input
            id="vocabulary-filter"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby="vocabulary-filter-hint"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            enterKeyHint="search"
          />
          <span id="vocabulary-filter-hint" className="muted">
            {t('filterHint')}
          </span>
        </div>
      </form>
      {/* Always in the DOM, so screen readers announce the count as it changes. */}
      <p role="status" className="vocabulary-count">
        {t('count', { count })}
      </p>
      {count === 0 ? (
        <p>{t('noMatch', { query: query.trim() })}</p>
      ) : (
        <>
          <nav aria-label={t('jumpToLetter')}>
            <ul className="letter-bar">
              {groups.map(({ letter }) => (
                <li key={letter}>
                  <a href={`#${letterAnchor(letter)}`}>{letter}</a>
                </li>
              ))}
            </ul>
          </nav>
          {groups.map(({ letter, terms: letterTerms }) => (
            <section key={letter} aria-labelledby={letterAnchor(letter)}>
              <h2 id={letterAnchor(letter)} className="letter-heading">
                {letter}
              </h2>
              <ul className="term-list">
                {letterTerms.map((term) => (
                  <li key={term.id} className="term-item">
                    <Link to={routes.term(term.id)} className="term-item__link" lang="fr">
                      {headwords(term)}
                    </Link>
                    <span className="term-item__gloss" lang="en">
                      {inlineToPlainText(term.gloss)}
                    </span>
                    <span className="term-item__excerpt">{excerpt(term.definition)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </>
  );
}
