/**
 * Reflects display preferences on <html>: language, colour theme, text size (rem-based CSS scales) and the
 * reader's choice about English glosses (src/styles/glosses.css; no choice: the language decides).
 *
 * It writes only what differs. Any write on <html> restyles and lays out the whole page, even the same value
 * again: on a first visit the app's start wrote `font-size: 100%` and `data-text-size="100"` over a page that had
 * neither, and a long guide section paid a full restyle in the tasks after its first paint.
 */
import type { Language, TextSize, Theme } from '../platform/preferences/preferences-store';

type DataName = 'theme' | 'textSize' | 'glosses';

function setData(html: HTMLElement, name: DataName, value: string | undefined): void {
  if (html.dataset[name] === value) return;
  if (value === undefined) delete html.dataset[name];
  else html.dataset[name] = value;
}

export function applyPreferencesToDocument(prefs: {
  language: Language;
  theme: Theme;
  textSize: TextSize;
  glosses?: boolean | null;
}): void {
  const html = document.documentElement;
  if (html.lang !== prefs.language) html.lang = prefs.language;
  setData(html, 'theme', prefs.theme === 'system' ? undefined : prefs.theme);
  // 100 % is the browser's own size: nothing to write, as the inline preferences script writes nothing then.
  const fontSize = prefs.textSize === 100 ? '' : `${prefs.textSize}%`;
  if (html.style.fontSize !== fontSize) html.style.fontSize = fontSize;
  // CSS cannot query the root font size, so large-text layout rules key off this attribute.
  setData(html, 'textSize', prefs.textSize === 100 ? undefined : String(prefs.textSize));
  setData(html, 'glosses', prefs.glosses === true ? 'on' : prefs.glosses === false ? 'off' : undefined);
}
