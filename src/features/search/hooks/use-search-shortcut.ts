import { useEffect, useRef } from 'react';

/** Input types where "/" is text, or a key the control itself may want. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * "/" focuses the page's search field from anywhere, as on many sites — unless the user is typing in another
 * field (a checklist note, a filter), where "/" is just a character. On a page with no search field of its
 * own, `onNoField` runs instead (the app bar opens the full-screen search page). Installed once, by the app bar.
 */
export function useSearchShortcut(onNoField?: () => void): void {
  const fallback = useRef(onNoField);
  useEffect(() => {
    fallback.current = onNoField;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target)) return;
      const field = document.querySelector<HTMLInputElement>('input[data-search-field]');
      if (!field && !fallback.current) return;
      event.preventDefault();
      if (!field) {
        fallback.current?.();
        return;
      }
      field.focus();
      field.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
