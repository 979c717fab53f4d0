/**
 * Reflects display preferences on <html>: language, colour theme, text size (rem-based CSS scales) and the
 * reader's choice about English glosses (src/styles/glosses.css; no choice: the language decides).
 */
import type { Language, TextSize, Theme } from '../platform/preferences/preferences-store';

export function applyPreferencesToDocument(prefs: {
  language: Language;
  theme: Theme;
  textSize: TextSize;
  glosses?: boolean | null;
}): void {
  const html = document.documentElement;
  html.lang = prefs.language;
  if (prefs.theme === 'system') delete html.dataset.theme;
  else html.dataset.theme = prefs.theme;
  html.style.fontSize = `${prefs.textSize}%`;
  // CSS cannot query the root font size, so large-text layout rules key off this attribute.
  html.dataset.textSize = String(prefs.textSize);
  if (prefs.glosses === true || prefs.glosses === false) html.dataset.glosses = prefs.glosses ? 'on' : 'off';
  else delete html.dataset.glosses;
}
