/**
 * Loads the search (engine + serialized index, one lazy chunk) once, on first need: the focus of a search
 * field or the search page. Light on purpose: the shell imports it, through the search field.
 */
import type { Searcher } from './types';

let pending: Promise<Searcher> | undefined;
let loaded: Searcher | undefined;

export function loadSearcher(): Promise<Searcher> {
  if (!pending) {
    const start = performance.now();
    pending = import('./searcher').then(({ createSearcher }) => {
      loaded = createSearcher();
      // Fetch (from the service worker's cache once installed) and parse, as the user waits for it.
      performance.measure('search:load', { start, end: performance.now() });
      return loaded;
    });
    // A failed load (an update removed the old chunk, say) may be retried by the next caller.
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}

/** The search if it has already loaded, so a page opened after the first search renders results at once. */
export function loadedSearcher(): Searcher | undefined {
  return loaded;
}
