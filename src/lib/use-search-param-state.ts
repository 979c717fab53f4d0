import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A filter value kept in the URL query (`?name=…`), so it survives reload and back. Local state sits in front
 * of the URL because the router applies URL changes asynchronously: binding an input straight to the URL
 * would move the caret while typing. A navigation from elsewhere (e.g. the nav link to the bare page) changes
 * the URL without going through the setter, and resets the value to match.
 */
export function useSearchParamState(name: string): [string, (value: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlValue = searchParams.get(name) ?? '';
  const [value, setValue] = useState(urlValue);
  const [seenUrlValue, setSeenUrlValue] = useState(urlValue);

  // "Adjusting state when a prop changes" (react.dev): follow URL changes that did not come from us.
  if (urlValue !== seenUrlValue) {
    setSeenUrlValue(urlValue);
    setValue(urlValue);
  }

  const update = (next: string) => {
    setValue(next);
    setSeenUrlValue(next);
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
