/**
 * The search at run time: the engine and the index built from the content pack at build time
 * (virtual:content-pack/search-index, both languages). This module is the lazy chunk: only `load-searcher.ts` imports it, on
 * the first focus of a search field or on the search page, so neither weighs on the first route.
 */
import json from 'virtual:content-pack/search-index';
import { loadIndex, prepareLookups, search, suggest } from './engine';
import type { Searcher } from './types';

/**
 * Enough for every group to show its best few (the ranking puts passing mentions far below), and few enough
 * to render on every keystroke on a slow phone.
 */
export const RESULT_LIMIT = 20;

export function createSearcher(): Searcher {
  const start = performance.now();
  const index = loadIndex(json);
  // Measured (and read by scripts/bench/search-browser.ts): parsing the shipped index on the device.
  performance.measure('search:parse', { start, end: performance.now() });
  // The typo and sound tables are built while the user is still reaching for the keys, not on the first
  // keystroke long enough to need them (a one-off ~100 ms on a slow phone).
  const prepare = () => prepareLookups(index);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 2000 });
  else setTimeout(prepare, 0);
  return {
    search: (query, lang) => search(index, query, { limit: RESULT_LIMIT, lang }),
    suggest: (query) => suggest(index, query),
  };
}
