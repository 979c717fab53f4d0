/**
 * The one inline script of every page, run in <head> before the first paint: applies the reader's theme, text
 * size and choice about English glosses (from the preferences store's localStorage entry) so a prerendered page never flashes the wrong
 * colours or size. Kept tiny and dependency-free; the server allows exactly this text by its hash in the CSP.
 * (The language cookie the server reads is written by the app itself: src/app/page-language.ts.)
 *
 * Must stay in step with src/platform/preferences/preferences-store.ts (storage key, value shape) and
 * src/app/apply-preferences.ts (what is set on <html>).
 */
export const PREFERENCES_STORAGE_KEY = 'limits-terrain:preferences';

export const PREFERENCES_SCRIPT = `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(
  PREFERENCES_STORAGE_KEY,
)})||'null');var p=s&&s.state;if(!p)return;var h=document.documentElement;if(p.theme==='dark'||p.theme==='light')h.setAttribute('data-theme',p.theme);if(p.textSize&&p.textSize!==100){h.style.fontSize=p.textSize+'%';h.setAttribute('data-text-size',String(p.textSize))}if(p.glosses===true||p.glosses===false)h.setAttribute('data-glosses',p.glosses?'on':'off')}catch(e){}})();`;
