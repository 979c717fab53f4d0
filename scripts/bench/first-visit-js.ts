/**
 * The JavaScript a first visit downloads, as Chromium really fetches it: shared by `npm run bench:bundle` and
 * the budget test (tests/browser/bundle-budget.test.ts), so the figure the test guards is the one the bench prints.
 *
 * What counts. Every response whose URL path ends in .js/.mjs or whose type is JavaScript, requested by the page
 * or by one of its dedicated workers. Requests the service worker makes itself (its own script and imports, and
 * the precache downloads) are left out: Playwright reports those at the browser-context level only, with
 * `request.serviceWorker()` set, and reports page and dedicated-worker requests with it null — also when the
 * service worker answers them (`response.fromServiceWorker()`), which still count: the page asked for that code.
 * Checked on the current build: the seed worker's imports show up (null), the ~100 precache fetches don't.
 * Inline scripts are part of the HTML document, not fetched JS: not counted here.
 *
 * "Before load". A request counts as fetched before the page's load event when Chromium started it before
 * `loadEventStart`: `request.timing().startTime` and `performance.timeOrigin` are both wall-clock milliseconds
 * from the same browser (they agree to ~2 ms with the page's own Resource Timing entries).
 *
 * "First route". Pages load the app's code just after their first frame (a boot script, so the text paints
 * first), which can be after `load`: the budget of the first route therefore covers every JS request started
 * before the later of `load` and the app's `lt:interactive` mark (hydration done, src/app/app.tsx), so code
 * moved after `load` is still counted until the page is interactive.
 *
 * Size: gzip -9 of each response body, so the figure follows the bytes, not the server's compression settings.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Request } from 'playwright-core';

/** Issue #11: the first route's JS on a first visit to `/` (before `load`, and until hydration is done). */
export const FIRST_ROUTE_JS_BUDGET_GZ = 140 * 1024;
/** Issue #11: all JS of a first visit, background work included, the service worker's precache aside. */
export const FIRST_VISIT_JS_BUDGET_GZ = 300 * 1024;

export interface JsFetch {
  /** Path and query on the app's origin (the full URL for another origin). */
  path: string;
  gzBytes: number;
  /** When Chromium started the request, in ms since the navigation started. */
  startMs: number;
  beforeLoad: boolean;
  /** Requested before the later of load and the end of hydration: the first route's code. */
  firstRoute: boolean;
  /** Answered by the service worker (from its cache or by its own fetch). */
  fromServiceWorker: boolean;
}

export interface FirstVisitJs {
  url: string;
  /** The page's load event, in ms since the navigation started. */
  loadMs: number;
  /** The app's lt:interactive mark (hydration done); NaN without it. */
  interactiveMs: number;
  /** Every JS response, in request order; `beforeLoad` marks the ones the budget of the first route covers. */
  files: JsFetch[];
  beforeLoadGz: number;
  /** The budget's figure: JS requested before the later of load and the end of hydration. */
  firstRouteGz: number;
  allGz: number;
}

export interface FirstVisitOptions {
  /**
   * After the load event and network idle, keep watching until no JS request has started for this long (the
   * background work a first visit starts late: seeding, idle-time imports). 0: stop at network idle.
   */
  quietMs?: number;
  /** Never watch longer than this after load. */
  maxMs?: number;
}

function isJavaScript(request: Request, contentType: string | undefined): boolean {
  const { pathname } = new URL(request.url());
  return /\.m?js$/.test(pathname) || /javascript|ecmascript/.test(contentType ?? '');
}

/**
 * The response's bytes as the browser received them; when Chromium no longer holds them (a dedicated worker that
 * has ended takes its responses with it), the same URL fetched again: the build's files are static, so the
 * bytes are the same.
 */
async function bodyOf(url: string, read: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await read();
  } catch {
    const response = await fetch(url);
    if (!response.ok)
      throw new Error(`${url}: its body is gone from the browser and the server answers ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }
}

/**
 * Opens `url` in a new page of `context` (a fresh profile: a first visit) and records its JavaScript. The
 * context must be fresh and used by nothing else during the call.
 */
export async function recordFirstVisitJs(
  context: BrowserContext,
  url: string,
  { quietMs = 0, maxMs = 30_000 }: FirstVisitOptions = {},
): Promise<FirstVisitJs> {
  const origin = new URL(url).origin;
  const seen: Promise<Omit<JsFetch, 'startMs' | 'beforeLoad' | 'firstRoute'> & { startWall: number }>[] = [];
  let lastJsRequest = Date.now();
  const onRequest = (request: Request) => {
    if (request.serviceWorker() === null && /\.m?js($|\?)/.test(new URL(request.url()).pathname)) {
      lastJsRequest = Date.now();
    }
  };
  const onFinished = (request: Request) => {
    if (request.serviceWorker() !== null) return;
    seen.push(
      (async () => {
        const response = await request.response();
        if (!response || !isJavaScript(request, response.headers()['content-type'])) {
          return { path: '', gzBytes: 0, fromServiceWorker: false, startWall: 0 };
        }
        lastJsRequest = Date.now();
        const body = await bodyOf(request.url(), () => response.body());
        const target = new URL(request.url());
        return {
          path: target.origin === origin ? `${target.pathname}${target.search}` : target.href,
          gzBytes: gzipSync(body, { level: 9 }).length,
          fromServiceWorker: response.fromServiceWorker(),
          startWall: request.timing().startTime,
        };
      })(),
    );
  };
  context.on('request', onRequest);
  context.on('requestfinished', onFinished);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const nav = await page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { timeOrigin: performance.timeOrigin, loadEventStart: entry?.loadEventStart ?? NaN };
    });
    // Requests started before load but answered after it (a worker's script, say) finish by network idle.
    await page.waitForLoadState('networkidle');
    // The app marks the end of hydration; a build without the mark counts up to load only.
    await page
      .waitForFunction(() => performance.getEntriesByName('lt:interactive').length > 0, undefined, { timeout: 15_000 })
      .catch(() => undefined);
    const interactiveMs = await page.evaluate(
      () => performance.getEntriesByName('lt:interactive')[0]?.startTime ?? Number.NaN,
    );
    if (quietMs > 0) {
      const deadline = Date.now() + maxMs;
      while (Date.now() - lastJsRequest < quietMs && Date.now() < deadline) await page.waitForTimeout(250);
    }
    // Stop listening first, so every recorded promise is awaited and none is left to reject unobserved.
    context.off('request', onRequest);
    context.off('requestfinished', onFinished);
    const loadWall = nav.timeOrigin + nav.loadEventStart;
    const firstRouteWall =
      nav.timeOrigin + Math.max(nav.loadEventStart, Number.isNaN(interactiveMs) ? 0 : interactiveMs);
    const byPath = new Map<string, Awaited<(typeof seen)[number]>>();
    for (const file of await Promise.all(seen)) {
      // The same module fetched twice (page and worker) is the same code: counted once, at its first request.
      const known = byPath.get(file.path);
      if (file.path !== '' && (!known || file.startWall < known.startWall)) byPath.set(file.path, file);
    }
    const files = [...byPath.values()]
      .map(({ startWall, ...file }) => ({
        ...file,
        startMs: startWall - nav.timeOrigin,
        beforeLoad: startWall < loadWall,
        firstRoute: startWall < firstRouteWall,
      }))
      .sort((a, b) => a.startMs - b.startMs);
    const sum = (list: JsFetch[]) => list.reduce((total, file) => total + file.gzBytes, 0);
    await page.close();
    return {
      url,
      loadMs: nav.loadEventStart,
      interactiveMs,
      files,
      beforeLoadGz: sum(files.filter((file) => file.beforeLoad)),
      firstRouteGz: sum(files.filter((file) => file.firstRoute)),
      allGz: sum(files),
    };
  } finally {
    context.off('request', onRequest);
    context.off('requestfinished', onFinished);
  }
}

/** One line per file, for the bench's output and the test's failure message. */
export function describeJs(files: JsFetch[]): string {
  return files
    .map(
      (file) =>
        `  ${(file.gzBytes / 1024).toFixed(1).padStart(6)} KB gz  at ${Math.round(file.startMs)
          .toString()
          .padStart(5)} ms  ${file.path}${file.fromServiceWorker ? '  (answered by the service worker)' : ''}`,
    )
    .join('\n');
}
