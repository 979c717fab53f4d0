import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PARAMS, type Situation, type SituationParams } from '../situation';

export type SetParam = (field: keyof Situation, value: string) => void;
/** Replaces every answer at once. */
export type SetParams = (next: SituationParams) => void;

const FIELDS = Object.keys(PARAMS) as (keyof Situation)[];

function readParams(search: URLSearchParams): SituationParams {
  return Object.fromEntries(FIELDS.map((field) => [field, search.get(PARAMS[field]) ?? ''])) as SituationParams;
}

/** One string per set of answers, to compare them. */
const keyOf = (params: SituationParams) => JSON.stringify(FIELDS.map((field) => params[field]));

/**
 * The form's raw answers, kept in the URL query so a reload or the back button keeps them; nothing is stored
 * on the device. All the answers live in one local state in front of the URL, written to the URL together:
 * the router applies a URL change later (in a transition), so a second answer given before the first reached
 * the URL must not be computed from the stale URL (it would drop the first), and the stale URL must not be
 * taken for a navigation from elsewhere (the radio just clicked would snap back). A navigation that is not one
 * of our writes (the "Clear" link, back and forward) resets the answers to the URL's.
 *
 * The third function adopts answers given on the prerendered page before it became interactive: called from a
 * layout effect, so no tap can come between hydration and the adopted state; the URL follows in a passive
 * effect, because the router ignores a navigation asked for before its own effects have run.
 */
export function useSituationParams(): [SituationParams, SetParam, SetParams] {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlParams = useMemo(() => readParams(searchParams), [searchParams]);
  const urlKey = keyOf(urlParams);
  const [params, setParams] = useState(urlParams);
  const [seenKey, setSeenKey] = useState(urlKey);
  // Our writes whose URL change has not arrived yet, oldest first.
  const [pending, setPending] = useState<readonly string[]>([]);

  // "Adjusting state when a prop changes" (react.dev).
  if (urlKey !== seenKey) {
    setSeenKey(urlKey);
    const echo = pending.indexOf(urlKey);
    if (echo >= 0) setPending(pending.slice(echo + 1));
    else {
      setPending([]);
      setParams(urlParams);
    }
  }

  // Adopted answers whose URL write waits for the passive effects.
  const adopted = useRef<SituationParams | null>(null);

  const navigateTo = (next: SituationParams) => {
    setSearchParams(
      (current) => {
        const search = new URLSearchParams(current);
        for (const name of FIELDS) {
          if (next[name]) search.set(PARAMS[name], next[name]);
          else search.delete(PARAMS[name]);
        }
        return search;
      },
      { replace: true, preventScrollReset: true },
    );
  };

  const setAll: SetParams = (next) => {
    if (keyOf(next) === keyOf(params)) return;
    setParams(next);
    setPending((current) => [...current, keyOf(next)]);
    // A tap that comes before the adopted answers reached the URL writes them too: nothing older may follow.
    adopted.current = null;
    navigateTo(next);
  };
  const setParam: SetParam = (field, value) => setAll({ ...params, [field]: value });
  const adopt: SetParams = (next) => {
    if (keyOf(next) === keyOf(params)) return;
    setParams(next);
    setPending((current) => [...current, keyOf(next)]);
    adopted.current = next;
  };

  useEffect(() => {
    if (!adopted.current) return;
    navigateTo(adopted.current);
    adopted.current = null;
  });

  return [params, setParam, adopt];
}
