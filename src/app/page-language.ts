/**
 * Tells the server and the service worker which language to answer page URLs in (they cannot read
 * localStorage): a cookie for the server, a Cache Storage entry for the service worker, which also fetches
 * that language's pages for offline use when the reader switches. See src/shared/prerendered-pages.ts.
 */
import {
  LANGUAGE_CACHE,
  LANGUAGE_CACHE_KEY,
  LANGUAGE_COOKIE,
  readCookie,
  type PageLanguage,
} from '../shared/prerendered-pages';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

interface CookieStoreLike {
  get(name: string): Promise<{ value: string } | null>;
  set(options: { name: string; value: string; path: string; expires: number; sameSite: 'lax' }): Promise<void>;
}

/** The previous value, then the new one written. The Cookie Store API where there is one: synchronous
 * document.cookie blocks the main thread (Chromium reports it as a performance issue). */
async function swapCookie(language: PageLanguage): Promise<string | undefined> {
  const store = (globalThis as { cookieStore?: CookieStoreLike }).cookieStore;
  if (store) {
    const previous = (await store.get(LANGUAGE_COOKIE))?.value;
    if (previous !== language) {
      await store.set({
        name: LANGUAGE_COOKIE,
        value: language,
        path: '/',
        expires: Date.now() + YEAR_MS,
        sameSite: 'lax',
      });
    }
    return previous;
  }
  const previous = readCookie(document.cookie, LANGUAGE_COOKIE);
  document.cookie = `${LANGUAGE_COOKIE}=${language};path=/;max-age=31536000;samesite=lax`;
  return previous;
}

export function rememberPageLanguage(language: PageLanguage): void {
  // Not awaited by anyone: a failure only means the next visit may open in the other language once.
  void swapCookie(language)
    .then((previous) => {
      if (previous !== undefined && previous !== language) {
        navigator.serviceWorker?.controller?.postMessage({ type: 'CACHE_LANGUAGE', lang: language });
      }
    })
    .catch(() => undefined);
  if (typeof caches === 'undefined') return;
  void caches
    .open(LANGUAGE_CACHE)
    .then((cache) => cache.put(LANGUAGE_CACHE_KEY, new Response(language)))
    .catch(() => undefined);
}
