/** Public API of the search feature for the lazy /search route (kept out of index.ts: not on the first route). */
export { SearchView } from './components/search-view';
