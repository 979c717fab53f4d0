/**
 * Public API of the search engine: pure TypeScript, no React, no storage. Build the documents and the index at
 * build time (`buildSearchDocuments` → `buildIndex` → `serializeIndex`), ship the JSON, `loadIndex` it lazily in
 * the app and call `search` / `suggest`.
 */
export { buildSearchDocuments } from './documents';
export { buildIndex, loadIndex, serializeIndex, type SearchIndex } from './search-index';
export { search } from './search';
export { suggest } from './suggest';
export type { SearchDocument, SearchKind, SearchOptions, SearchResult, Snippet } from './types';
