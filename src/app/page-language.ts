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

export function rememberPageLanguage(language: PageLanguage): void {
  const previous = readCookie(document.cookie, LANGUAGE_COOKIE);
  document.cookie = `${LANGUAGE_COOKIE}=${language};path=/;max-age=31536000;samesite=lax`;
  if (typeof caches === 'undefined') return;
  // Not awaited by anyone: a failure only means the next offline start may open in the other language once.
  void caches
    .open(LANGUAGE_CACHE)
    .then((cache) => cache.put(LANGUAGE_CACHE_KEY, new Response(language)))
    .catch(() => undefined);
  if (previous !== undefined && previous !== language) {
    navigator.serviceWorker?.controller?.postMessage({ type: 'CACHE_LANGUAGE', lang: language });
  }
}
