/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa's injectManifest from this file into /sw.js, the URL every install registered). It precaches the whole
 * build — scripts, styles, the content packs and every prerendered page in both languages — and answers each
 * page URL offline with that page's own prerendered HTML in the reader's language, so a cold start on a deep
 * link paints its text at once, before any script runs (src/shared/prerendered-pages.ts names the files).
 *
 * A new version never takes over by itself: it waits for the user's "Reload" (SKIP_WAITING from
 * src/platform/pwa/register-service-worker.ts), so nobody loses what they are typing.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { INSTALL_PROGRESS, type InstallProgressMessage } from '../shared/install-progress.ts';
import { isOnDemandAsset, ON_DEMAND_CACHE } from '../shared/on-demand-assets.ts';
import { readPagesBundle, unpackPages } from '../shared/pages-bundle.ts';
import { precacheConcurrently } from './precache-concurrently.ts';
import { isPagesBundle, languageOfBuildFile } from '../shared/precache-languages.ts';
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

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/**
 * What every reader needs (scripts, styles, the bilingual search index) is precached as usual. What exists once
 * per language — its edition: the prerendered pages and the app shell (one bundle file, split into one cache
 * entry per page here) and the content pack — goes to that language's own cache, filled for the reader's language
 * at install and for the other one only when the reader switches to it: a French phone never downloads the
 * English edition it does not read.
 */
const common: (PrecacheEntry | string)[] = [];
const editionFiles = new Map<PageLanguage, string[]>(PAGE_LANGUAGES.map((lang) => [lang, []]));
for (const entry of self.__WB_MANIFEST) {
  const url = typeof entry === 'string' ? entry : entry.url;
  const lang = languageOfBuildFile(url);
  if (lang) editionFiles.get(lang)?.push(new URL(url, self.location.origin).pathname);
  else common.push(entry);
}

/**
 * Install progress, posted to the open pages (even those this worker does not control yet: a first visit) so
 * the page can show how far the offline copy is, counted in files really stored: the common precache (each
 * entry Workbox writes, seen through its cacheDidUpdate hook) plus each edition file.
 */
const progress = { installing: false, done: 0, total: 0, lastPercent: -1 };

function reportProgress(): void {
  if (!progress.installing || progress.total === 0) return;
  const percent = Math.min(100, Math.floor((progress.done / progress.total) * 100));
  // One message per percent at most: a few hundred files must not flood the page.
  if (percent === progress.lastPercent) return;
  progress.lastPercent = percent;
  const message: InstallProgressMessage = { type: INSTALL_PROGRESS, done: progress.done, total: progress.total };
  void self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((clients) => {
    for (const client of clients) client.postMessage(message);
  });
}

/**
 * Workbox's precache (its cache, routing, activation and cleanup) on a controller of our own: its install stores
 * the entries one at a time, ours several at a time (./precache-concurrently.ts).
 */
const precache = new PrecacheController();
precache.strategy.plugins.push({
  cacheDidUpdate: async () => {
    progress.done += 1;
    reportProgress();
  },
});
precache.addToCacheList(common);
registerRoute(new PrecacheRoute(precache));
self.addEventListener('install', (event: ExtendableEvent) => {
  event.waitUntil(precacheConcurrently(precache, common, event));
});
self.addEventListener('activate', precache.activate);
cleanupOutdatedCaches();
clientsClaim();

const EDITION_PREFIX = 'limits-edition-';

/** FNV-1a: a short, stable name for an edition's set of (content-hashed) file names. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** One cache per language and version: a new build's edition never mixes with the one the old worker serves. */
const editionCache = (lang: PageLanguage) =>
  `${EDITION_PREFIX}${lang}-${shortHash((editionFiles.get(lang) ?? []).join('|'))}`;
const currentEditionCaches = new Set(PAGE_LANGUAGES.map(editionCache));
const editionFileSet = new Set([...editionFiles.values()].flat());

/** The headers a page gets from its bundle's answer (the server's security headers), as an HTML document. */
function pageHeaders(from: Headers): Headers {
  const headers = new Headers();
  const skip = new Set(['content-type', 'content-length', 'content-encoding', 'etag', 'last-modified', 'vary']);
  from.forEach((value, name) => {
    if (!skip.has(name)) headers.set(name, value);
  });
  headers.set('content-type', 'text/html; charset=utf-8');
  return headers;
}

/** Downloads what a language's edition lacks. Files are content-hashed: present means current. */
async function fillEdition(lang: PageLanguage): Promise<void> {
  const cache = await caches.open(editionCache(lang));
  for (const path of editionFiles.get(lang) ?? []) {
    await fillEditionFile(cache, path, lang);
    progress.done += 1;
    reportProgress();
  }
}

async function fillEditionFile(cache: Cache, path: string, lang: PageLanguage): Promise<void> {
  if (await cache.match(path)) return;
  const response = await fetch(path, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  if (!isPagesBundle(path)) {
    await cache.put(path, response);
    return;
  }
  const headers = pageHeaders(response.headers);
  // Checked before anything is stored: a damaged bundle fails the install, and the old worker keeps serving.
  const bundle = readPagesBundle(await response.json());
  // The shared text the pages are packed against is the language's shell: it is not downloaded twice.
  const pages = { ...unpackPages(bundle), [shellFile(lang)]: bundle.shared };
  await Promise.all(
    Object.entries(pages).map(([file, html]) => cache.put(`/${file}`, new Response(html, { headers }))),
  );
  // Written last: it marks the bundle as unpacked (its content lives in the page entries, not here).
  await cache.put(path, new Response(String(Object.keys(pages).length)));
}

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

/** The reader's language, and any other whose edition a reader already fetched (kept up to date too). */
async function languagesInUse(): Promise<PageLanguage[]> {
  const reader = await readerLanguage();
  const names = await caches.keys();
  return PAGE_LANGUAGES.filter(
    (lang) => lang === reader || names.some((name) => name.startsWith(`${EDITION_PREFIX}${lang}-`)),
  );
}

self.addEventListener('install', (event: ExtendableEvent) => {
  progress.installing = true;
  progress.total = common.length;
  event.waitUntil(
    languagesInUse().then((langs) => {
      for (const lang of langs) progress.total += editionFiles.get(lang)?.length ?? 0;
      return Promise.all(langs.map(fillEdition));
    }),
  );
});

self.addEventListener('activate', (event: ExtendableEvent) => {
  // Only now: the common precache and the editions finish in either order, both within the install.
  progress.installing = false;
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(EDITION_PREFIX) && !currentEditionCaches.has(name))
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string; lang?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The reader switched language: fetch that edition for offline use (nothing if it is already there).
  if (data?.type === 'CACHE_LANGUAGE' && isPageLanguage(data.lang)) event.waitUntil(fillEdition(data.lang));
});

async function answerNavigation(request: Request, url: URL): Promise<Response> {
  const lang = await readerLanguage();
  const file = pageFile(lang, url.pathname);
  const edition = await caches.open(editionCache(lang));
  const page =
    (file ? await edition.match(`/${file}`) : undefined) ??
    (await edition.match(`/${shellFile(lang)}`)) ??
    (await anyShell());
  // Only before the first install completed: the network answers like the server does.
  return page ?? fetch(request);
}

/**
 * A reader who switched language offline, before that edition could be fetched: the shell of an edition the
 * device has. The app then draws the page in the reader's language (its strings are in every reader's precache).
 */
async function anyShell(): Promise<Response | undefined> {
  for (const lang of PAGE_LANGUAGES) {
    const shell = await (await caches.open(editionCache(lang))).match(`/${shellFile(lang)}`);
    if (shell) return shell;
  }
  return undefined;
}

/** An edition's file (its content pack): from its language's cache, else the network. */
async function answerEditionFile(request: Request, path: string): Promise<Response> {
  const lang = languageOfBuildFile(path);
  const cached = lang ? await (await caches.open(editionCache(lang))).match(path) : undefined;
  return cached ?? fetch(request);
}

/**
 * A file kept out of the precache (src/shared/on-demand-assets.ts): from its cache once fetched, else the network,
 * and then kept. Its name is content-hashed, so a cached copy is current; the copies of older builds go when a
 * new one is stored, so the cache holds one version.
 */
async function answerOnDemand(request: Request, path: string): Promise<Response> {
  const cache = await caches.open(ON_DEMAND_CACHE);
  const cached = await cache.match(path);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    for (const old of await cache.keys()) {
      if (new URL(old.url).pathname !== path) await cache.delete(old);
    }
    await cache.put(path, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event: FetchEvent) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (url.pathname.startsWith('/api/') || url.pathname === '/robots.txt') return;
    event.respondWith(answerNavigation(request, url));
  } else if (request.method === 'GET' && editionFileSet.has(url.pathname)) {
    event.respondWith(answerEditionFile(request, url.pathname));
  } else if (request.method === 'GET' && isOnDemandAsset(url.pathname)) {
    event.respondWith(answerOnDemand(request, url.pathname));
  }
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
