import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { routes } from '../../../shared/routes';
import { startHandoff, updateHandoff } from '../handoff';
import { loadSearcher } from '../load-searcher';
import type { SearchNavigationState } from '../types';
import '../search.css';

interface Props {
  id: string;
  /** `prominent` on the home screen and the search page; `compact` (label beside the field) elsewhere. */
  variant?: 'compact' | 'prominent';
  /**
   * On the search page the field is bound to the query (`value`, `onValueChange`). Elsewhere it keeps its own
   * text and opens the search page as soon as something is typed, which takes the focus over.
   */
  value?: string;
  onValueChange?: (value: string) => void;
  /** Enter on the search page (elsewhere, Enter opens the search page). */
  onSubmit?: () => void;
  /** ArrowDown: on the search page, to move into the results. */
  onArrowDown?: () => void;
  takeFocus?: boolean;
  /** Called on first focus, so the app can fetch the search page's code while the user starts typing. */
  onPreload?: () => void;
}

/**
 * The search field (`<input type="search">`, role searchbox) with its visible label. Light on purpose: it is
 * part of the first route. The index loads on the field's first focus, not before.
 */
export function SearchField({
  id,
  variant = 'compact',
  value,
  onValueChange,
  onSubmit,
  onArrowDown,
  takeFocus = false,
  onPreload,
}: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [ownValue, setOwnValue] = useState('');
  const handoff = useRef<number | undefined>(undefined);
  const bound = onValueChange !== undefined;
  const text = bound ? (value ?? '') : ownValue;

  // A layout effect: the focus moves in the same task as the page appears, so no keystroke falls in between.
  useLayoutEffect(() => {
    const field = input.current;
    if (!takeFocus || !field) return;
    field.focus();
    // The text typed so far came from another field: carry on typing at its end.
    field.setSelectionRange(field.value.length, field.value.length);
    // Only on mount: the focus is handed over once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const preload = () => {
    // Errors surface on the search page, which retries; a focus must not fail loudly.
    loadSearcher().catch(() => undefined);
    void i18n.loadNamespaces('search');
    onPreload?.();
  };

  const open = (query: string) => {
    handoff.current = startHandoff(query);
    const state: SearchNavigationState = { handoff: handoff.current };
    void navigate(routes.search(query), { state });
  };

  const change = (next: string) => {
    if (bound) onValueChange(next);
    else {
      setOwnValue(next);
      // One navigation, on the first letter; the next ones wait in the hand-off for the search page.
      if (handoff.current !== undefined) updateHandoff(handoff.current, next);
      else if (next) open(next);
    }
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && onArrowDown) {
      event.preventDefault();
      onArrowDown();
    }
  };

  return (
    <form
      role="search"
      action={routes.search()}
      className={`search-form search-form--${variant}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (onSubmit) onSubmit();
        else open(text);
      }}
    >
      <label htmlFor={id} className="search-form__label">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id={id}
        name="q"
        type="search"
        className="search-form__input"
        value={text}
        placeholder={t('search.placeholder')}
        onChange={(event) => change(event.target.value)}
        onFocus={preload}
        onKeyDown={keyDown}
        aria-keyshortcuts="/"
        autoComplete="off"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="search"
        data-search-field=""
      />
    </form>
  );
}
