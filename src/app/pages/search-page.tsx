import { SearchView } from '../../features/search/page';

/** /search?q=…: one search over the slang, the schemes, the guide, the checklists and Table 1, offline. */
export function SearchRoute() {
  return <SearchView />;
}
