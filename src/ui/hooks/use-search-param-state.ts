import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A filter value kept in the URL query (`?name=…`), so it survives reload and back. Local state sits in front
 * of the URL because the router applies URL changes asynchronously: binding an input straight to the URL
 * would move the caret while typing. A navigation from elsewhere (e.g. the nav link to the bare page) changes
 * the URL without going through the setter, and resets the value to match. Our own writes reach the URL later
 * (in a transition): until they do, the old URL value must not be taken for a navigation from elsewhere, or a
 * radio or select would snap back for a moment (and a click on it look ignored).
 */
export function useSearchParamState(name: string): [string, (value: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlValue = searchParams.get(name) ?? '';
  const [value, setValue] = useState(urlValue);
  const [seenUrlValue, setSeenUrlValue] = useState(urlValue);
  // Values written by `update` whose URL change has not arrived yet, oldest first.
  const [pending, setPending] = useState<readonly string[]>([]);

  // "Adjusting state when a prop changes" (react.dev): follow URL changes that did not come from us.
  if (urlValue !== seenUrlValue) {
    setSeenUrlValue(urlValue);
    const echo = pending.indexOf(urlValue);
    // One of our writes arriving: keep the value, which may already be newer (typed since).
    if (echo >= 0) setPending(pending.slice(echo + 1));
    else {
      setPending([]);
      setValue(urlValue);
    }
  }

  const update = (next: string) => {
    setValue(next);
    setPending((current) => [...current, next]);
    // The raw value goes to the URL (not trimmed): trimming would echo back and eat the space being typed.
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next) params.set(name, next);
        else params.delete(name);
        return params;
      },
      { replace: true, preventScrollReset: true },
    );
  };

  return [value, update];
}
