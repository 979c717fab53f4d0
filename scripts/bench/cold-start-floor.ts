/**
 * The floor of the cold-start benchmark (cold-start.ts), and the profile steps it shares with the app's side:
 * a tiny static server on its own origin, one HTML page per measured route holding the `main` the app rendered
 * (scripts removed, no CSS), and a minimal service worker that caches those pages at install and answers every
 * request from that cache.
 */
import { createServer, type Server } from 'node:http';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { languageOfBuildFile } from '../../src/shared/precache-languages.ts';
import { pollInPage, waitForServiceWorker } from '../../tests/browser/harness';
import { BENCH_LOCALE, CHROME_ARGS, CHROME_PATH } from './bench-env';

const VIEWPORT = { width: 360, height: 740 };

/** What a route shows in `main` once rendered, read during the app's online visit. */
export interface MainText {
  h1: string;
  p: string;
  title: string;
  /** The rendered `main`, scripts removed: the floor page's body. */
  mainHtml: string;
}

/** A persistent profile, launched the same way for the app and the floor. */
export const launchProfile = (profileDir: string): Promise<BrowserContext> =>
  chromium.launchPersistentContext(profileDir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
    locale: BENCH_LOCALE,
    viewport: VIEWPORT,
  });

export const firstPage = async (context: BrowserContext): Promise<Page> =>
  context.pages()[0] ?? (await context.newPage());

/** Every URL of the precache manifest is in Cache Storage (workbox keys carry a revision query: ignored). */
/**
 * Until every precached file a reader of the page's language gets is in Cache Storage: every reader's files and
 * that language's edition (src/shared/precache-languages.ts; the other edition is fetched only on a switch).
 */
export async function waitForPrecache(page: Page, urls: string[]): Promise<void> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  const wanted = urls.filter((url) => {
    const edition = languageOfBuildFile(new URL(url, 'http://x').pathname);
    return edition === undefined || edition === lang;
  });
  await pollInPage(
    page,
    async (list: string[]) => {
      for (const url of list) {
        if (!(await caches.match(new URL(url, location.origin).href, { ignoreSearch: true }))) return false;
      }
      return true;
    },
    wanted,
    { timeoutMs: 120_000, what: 'the precache' },
  );
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function floorPage(text: MainText): string {
  return (
    `<!doctype html><html lang="${BENCH_LOCALE.slice(0, 2)}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(text.title)}</title></head><body>${text.mainHtml}</body></html>`
  );
}

/** A trivial service worker: caches the pages at install, answers every request from that cache. */
function floorWorker(paths: string[]): string {
  return `const PAGES = ${JSON.stringify(paths)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open('floor').then((cache) => cache.addAll(PAGES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request)));
});`;
}

/** The floor's origin: `/` (a blank page to register from), the route pages and the worker. */
export async function startFloorServer(pages: Map<string, string>): Promise<{ server: Server; origin: string }> {
  const files = new Map(pages);
  files.set('/', '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>floor</title></head></html>');
  const worker = floorWorker([...files.keys()]);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const page = files.get(path);
    if (path === '/sw.js') {
      response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
      response.end(worker);
    } else if (page !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      response.end(page);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export async function warmFloor(profileDir: string, origin: string, paths: string[]): Promise<void> {
  const context = await launchProfile(profileDir);
  try {
    const page = await firstPage(context);
    await page.goto(`${origin}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/sw.js');
      await navigator.serviceWorker.ready;
    });
    await waitForServiceWorker(page);
    await waitForPrecache(page, ['/', ...paths]);
    // The same steps as the app's visit: each page opened once.
    for (const path of paths) await page.goto(`${origin}${path}`);
  } finally {
    await context.close();
  }
}
