/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa's injectManifest from this file into /sw.js, the URL every install registered). It precaches the whole
 * build — scripts, styles, the content packs and every prerendered page in both languages — and answers each
 * page URL offline with that page's own prerendered HTML in the reader's language, so a cold start on a deep
 * link paints its text at once, before any script runs (src/shared/prerendered-pages.ts names the files).
 *
 * A new version never takes over by itself: it waits for the user's "Reload" (SKIP_WAITING from
 * src/pwa/register-service-worker.ts), so nobody loses what they are typing.
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  PrecacheController,
  PrecacheRoute,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import {
  isPageLanguage,
  LANGUAGE_CACHE,
  LANGUAGE_CACHE_KEY,
  languageFromAcceptLanguage,
  pageFile,
  PAGE_LANGUAGES,
  shellFile,
  type PageLanguage,
} from '../shared/prerendered-pages.ts';
import { languageOfBuildFile } from '../shared/precache-languages.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/**
 * What every reader needs (scripts, styles, both app shells) is precached as usual; what exists once per
 * language (its prerendered pages, content pack and search index) goes to that language's own cache, filled
 * for the reader's language at install and for the other one only when the reader switches to it — a French
 * phone never downloads the English edition it does not read.
 */
const common: (PrecacheEntry | string)[] = [];
const byLanguage = new Map<PageLanguage, (PrecacheEntry | string)[]>(PAGE_LANGUAGES.map((lang) => [lang, []]));
for (const entry of self.__WB_MANIFEST) {
  const lang = languageOfBuildFile(typeof entry === 'string' ? entry : entry.url);
  (lang ? (byLanguage.get(lang) ?? common) : common).push(entry);
}

precacheAndRoute(common);
cleanupOutdatedCaches();
clientsClaim();

// Not named "-precache-": cleanupOutdatedCaches must leave these to their own controllers' cleanup.
const languageCaches = new Map(
  PAGE_LANGUAGES.map((lang) => {
    const controller = new PrecacheController({ cacheName: `limits-lang-${lang}` });
    controller.addToCacheList(byLanguage.get(lang) ?? []);
    registerRoute(new PrecacheRoute(controller));
    return [lang, controller] as const;
  }),
);

/** The language the page last told us (src/app/page-language.ts), else the browser's. */
async function readerLanguage(): Promise<PageLanguage> {
  try {
    const stored = await (await caches.open(LANGUAGE_CACHE)).match(LANGUAGE_CACHE_KEY);
    const value = stored ? (await stored.text()).trim() : undefined;
    if (isPageLanguage(value)) return value;
  } catch {
    // Cache Storage unavailable: fall through to the browser's languages.
  }
  return languageFromAcceptLanguage(self.navigator.languages.join(','));
}

/** Languages whose cache a reader already filled (they switched once): kept up to date with the rest. */
async function languagesInUse(): Promise<PageLanguage[]> {
  const reader = await readerLanguage();
  const names = await caches.keys();
  return PAGE_LANGUAGES.filter((lang) => lang === reader || names.includes(`limits-lang-${lang}`));
}

self.addEventListener('install', (event: ExtendableEvent) => {
  event.waitUntil(
    languagesInUse().then((langs) => Promise.all(langs.map((lang) => languageCaches.get(lang)?.install(event)))),
  );
});

self.addEventListener('activate', (event: ExtendableEvent) => {
  for (const controller of languageCaches.values()) void controller.activate(event);
});

/**
 * Fetches what a language's cache lacks, outside an install (PrecacheController.install only stores what it
 * fetches during an install event). Each file is stored under the controller's own cache key, so its
 * matchPrecache and cleanup treat it exactly like a file precached at install.
 */
async function fillLanguage(lang: PageLanguage): Promise<void> {
  const controller = languageCaches.get(lang);
  if (!controller) return;
  const cache = await caches.open(`limits-lang-${lang}`);
  const missing: [string, string][] = [];
  for (const [url, cacheKey] of controller.getURLsToCacheKeys()) {
    if (!(await cache.match(cacheKey))) missing.push([url, cacheKey]);
  }
  // A few at a time: a phone on a weak network, and the page is in use meanwhile.
  const next = async (): Promise<void> => {
    const item = missing.shift();
    if (!item) return;
    const response = await fetch(item[0], { cache: 'no-cache', credentials: 'same-origin' });
    if (response.ok) await cache.put(item[1], response);
    await next();
  };
  await Promise.all(Array.from({ length: 4 }, next));
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string; lang?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The reader switched language: fetch that edition for offline use (nothing if it is already there).
  if (data?.type === 'CACHE_LANGUAGE' && isPageLanguage(data.lang)) event.waitUntil(fillLanguage(data.lang));
});

async function answerNavigation(request: Request, url: URL): Promise<Response> {
  const lang = await readerLanguage();
  const pages = languageCaches.get(lang);
  const file = pageFile(lang, url.pathname);
  const page =
    (file ? await pages?.matchPrecache(`/${file}`) : undefined) ??
    (await caches.match(`/${shellFile(lang)}`, { ignoreSearch: true }));
  // Before the precache is complete (or the edition was never fetched): the network answers like the
  // server does, and offline the shell renders from whatever is cached.
  if (page) return page;
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match(`/${shellFile(lang === 'fr' ? 'en' : 'fr')}`, { ignoreSearch: true });
    if (shell) return shell;
    throw error;
  }
}

self.addEventListener('fetch', (event: FetchEvent) => {
  const { request } = event;
  if (request.mode !== 'navigate') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/') || url.pathname === '/robots.txt') {
    return;
  }
  event.respondWith(answerNavigation(request, url));
});

/**
 * Background Sync is only an extra trigger for the team sync: when the browser fires the 'limits-sync' tag
 * (network back), the open pages are asked to sync; the outbox itself stays in IndexedDB, sent by the page.
 */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}
self.addEventListener('sync', ((event: SyncEvent) => {
  if (event.tag !== 'limits-sync') return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((clients) => {
      for (const client of clients) client.postMessage({ type: 'limits-sync' });
    }),
  );
}) as EventListener);
