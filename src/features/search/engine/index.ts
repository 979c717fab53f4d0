/**
 * Public API of the search engine: pure TypeScript, no React, no storage. Build the documents and the index at
 * build time (`buildSearchDocuments` → `buildIndex` → `serializeIndex`), ship the JSON, `loadIndex` it lazily in
 * the app and call `search` / `suggest`.
 */
export { buildSearchDocuments } from './documents.ts';
export { buildIndex, loadIndex, serializeIndex, type SearchIndex } from './search-index.ts';
export { prepareLookups } from './lexicon.ts';
export { search } from './search.ts';
export { suggest } from './suggest.ts';
export type { SearchDocument, SearchKind, SearchLanguage, SearchOptions, SearchResult, Snippet } from './types.ts';
