/**
 * The one inline script of every page, run in <head> before the first paint: applies the reader's theme and
 * text size (from the preferences store's localStorage entry) so a prerendered page never flashes the wrong
 * colours or size, and mirrors the chosen language into the cookie the server reads to pick the page's
 * language. Kept tiny and dependency-free; the server allows exactly this text by its hash in the CSP.
 *
 * Must stay in step with src/stores/preferences-store.ts (storage key, value shape) and
 * src/app/apply-preferences.ts (what is set on <html>).
 */
import { LANGUAGE_COOKIE } from './prerendered-pages.ts';

export const PREFERENCES_STORAGE_KEY = 'limits-terrain:preferences';

export const PREFERENCES_SCRIPT = `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(
  PREFERENCES_STORAGE_KEY,
)})||'null');var p=s&&s.state;if(!p)return;var h=document.documentElement;if(p.theme==='dark'||p.theme==='light')h.setAttribute('data-theme',p.theme);if(p.textSize&&p.textSize!==100){h.style.fontSize=p.textSize+'%';h.setAttribute('data-text-size',String(p.textSize))}if(p.language==='fr'||p.language==='en')document.cookie=${JSON.stringify(
  `${LANGUAGE_COOKIE}=`,
)}+p.language+';path=/;max-age=31536000;samesite=lax'}catch(e){}})();`;
