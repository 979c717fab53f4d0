/**
 * Public API of the search feature for the app shell (header, home): light, as it is part of the first route.
 * The engine and the index load lazily (load-searcher.ts) on a field's first focus or on the search page; the
 * page's view is in `page.ts`, imported only by the lazy /search route.
 */
export { SearchField } from './components/search-field';
export { useSearchShortcut } from './hooks/use-search-shortcut';
