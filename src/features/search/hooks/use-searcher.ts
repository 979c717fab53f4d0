import { useCallback, useEffect, useMemo, useState } from 'react';
import { loadedSearcher, loadSearcher } from '../load-searcher';
import type { Searcher } from '../types';

export type SearcherState =
  { status: 'loading' } | { status: 'ready'; searcher: Searcher } | { status: 'error'; retry: () => void };

/** The lazily loaded search: ready at once if an earlier focus or page has loaded it. */
export function useSearcher(): SearcherState {
  const [searcher, setSearcher] = useState<Searcher | undefined>(loadedSearcher);
  const [failed, setFailed] = useState(false);
  const retry = useCallback(() => setFailed(false), []);
  useEffect(() => {
    if (searcher || failed) return undefined;
    let live = true;
    loadSearcher().then(
      (loaded) => live && setSearcher(loaded),
      (error: unknown) => {
        console.error('The search index could not be loaded', error);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [searcher, failed]);
  // One object per state, so memoized components below see a change only when there is one.
  return useMemo(
    () => (searcher ? { status: 'ready', searcher } : failed ? { status: 'error', retry } : { status: 'loading' }),
    [searcher, failed, retry],
  );
}
