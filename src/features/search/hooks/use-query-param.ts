import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { routes } from '../../../shared/routes';
import { endHandoff, handedOffText } from '../handoff';
import type { SearchNavigationState } from '../types';

/** The URL follows the typing once it pauses: a URL change per keystroke costs more than the search itself. */
const URL_DELAY_MS = 300;

export interface QueryParam {
  value: string;
  /** The query in the URL: the typed text once the typing pauses. */
  committed: string;
  /** The page opened as the user typed into another field: its field takes the focus and the typing over. */
  handedOff: boolean;
  setValue: (value: string) => void;
  /** Writes a pending change to the URL now (before a link leaves the page, or on Enter). */
  flush: () => void;
}

/**
 * The query of the search page, kept in the URL (?q=…) so the page is a deep link, reload included. The typed
 * text is the truth while the user types: the router applies URL changes later (in a transition), so following
 * the URL back into the field would put an older text under the caret and eat letters. The URL is followed
 * only when it changes by something else than the field: a suggestion link, back and forward.
 */
export function useQueryParam(): QueryParam {
  const location = useLocation();
  const navigate = useNavigate();
  const state = location.state as SearchNavigationState | null;
  const urlQuery = new URLSearchParams(location.search).get('q') ?? '';
  const [handedOff] = useState(() => handedOffText(state?.handoff));
  const [value, setLocalValue] = useState(handedOff ?? urlQuery);
  const [seenKey, setSeenKey] = useState(location.key);
  const pending = useRef<{ text: string; timer: ReturnType<typeof setTimeout> } | undefined>(undefined);

  // "Adjusting state when a prop changes" (react.dev): a navigation that did not come from the field.
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (!state?.fromField) setLocalValue(urlQuery);
  }

  const write = useCallback(
    (text: string) => {
      const fromField: SearchNavigationState = { fromField: true };
      void navigate(routes.search(text), { replace: true, state: fromField, preventScrollReset: true });
    },
    [navigate],
  );

  const flush = useCallback(() => {
    const change = pending.current;
    if (!change) return;
    clearTimeout(change.timer);
    pending.current = undefined;
    // Synchronously, as a link is about to navigate: the router would drop a navigation overtaken by another.
    // The router's own state in the entry is kept, so back and reload find this URL.
    window.history.replaceState(window.history.state, '', routes.search(change.text));
  }, []);

  // Text typed into the previous field while this page loaded goes into the URL at once; a change still
  // waiting when the page goes away is dropped with it (a link flushes it first).
  useEffect(() => {
    endHandoff(state?.handoff);
    if (value !== urlQuery) write(value);
    return () => clearTimeout(pending.current?.timer);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const setValue = useCallback(
    (next: string) => {
      setLocalValue(next);
      clearTimeout(pending.current?.timer);
      pending.current = {
        text: next,
        timer: setTimeout(() => {
          pending.current = undefined;
          write(next);
        }, URL_DELAY_MS),
      };
    },
    [write],
  );

  return { value, committed: urlQuery, handedOff: handedOff !== undefined, setValue, flush };
}
