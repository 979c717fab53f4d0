/**
 * Where the prerendered page of a URL lives in the build, and which language a reader gets. Pure (no DOM, no
 * Node): the build writes the pages with it, the server and the service worker look them up with it, so the
 * three can never disagree on a file name.
 *
 * Every content URL has one HTML file per interface language (`pages/fr/guide/2-4-2.html`,
 * `pages/en/guide/2-4-2.html`); URLs with no page of their own (a contact's id, a 404) get the language's app
 * shell, which the client renders into.
 */
export const PAGE_LANGUAGES = ['fr', 'en'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

/** Cookie that mirrors the interface language (set by the page, read by the server). */
export const LANGUAGE_COOKIE = 'lt-lang';
/** Cache Storage entry that mirrors it for the service worker, which cannot read cookies everywhere. */
export const LANGUAGE_CACHE = 'lt-preferences';
export const LANGUAGE_CACHE_KEY = '/__preferences/language';

export const PAGES_DIR = 'pages';
const SHELL_NAME = '_shell';

export function isPageLanguage(value: unknown): value is PageLanguage {
  return value === 'fr' || value === 'en';
}

/** A route path made of plain segments only (what the app's URLs use); anything else has no page. */
const SAFE_PATH = /^\/(?:[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*)?$/;

/** The build-relative file of a URL path's prerendered page, or undefined when no such name can exist. */
export function pageFile(lang: PageLanguage, pathname: string): string | undefined {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  if (!SAFE_PATH.test(path)) return undefined;
  return `${PAGES_DIR}/${lang}/${path === '/' ? 'index' : path.slice(1)}.html`;
}

/** The language's app shell: layout and an empty main, for URLs without a page of their own. */
export function shellFile(lang: PageLanguage): string {
  return `${PAGES_DIR}/${lang}/${SHELL_NAME}.html`;
}

/** The value of one cookie in a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** First of French or English in an Accept-Language list, by quality then order; French when neither. */
export function languageFromAcceptLanguage(header: string | undefined): PageLanguage {
  if (!header) return 'fr';
  const ranked = header
    .split(',')
    .map((item, index) => {
      const [tag = '', ...params] = item.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((item) => item.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { base } of ranked) if (isPageLanguage(base)) return base;
  return 'fr';
}

/** The reader's language: the app's own choice (cookie) first, then the browser's. */
export function pickPageLanguage(cookieHeader: string | undefined, acceptLanguage: string | undefined): PageLanguage {
  const chosen = readCookie(cookieHeader, LANGUAGE_COOKIE);
  return isPageLanguage(chosen) ? chosen : languageFromAcceptLanguage(acceptLanguage);
}
