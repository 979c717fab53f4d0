/** Reflects display preferences on <html>: language, colour theme and text size (rem-based CSS scales). */
import type { Language, TextSize, Theme } from '../stores/preferences-store';

export function applyPreferencesToDocument(prefs: { language: Language; theme: Theme; textSize: TextSize }): void {
  const html = document.documentElement;
  html.lang = prefs.language;
  if (prefs.theme === 'system') delete html.dataset.theme;
  else html.dataset.theme = prefs.theme;
  html.style.fontSize = `${prefs.textSize}%`;
  // CSS cannot query the root font size, so large-text layout rules key off this attribute.
  html.dataset.textSize = String(prefs.textSize);
}
