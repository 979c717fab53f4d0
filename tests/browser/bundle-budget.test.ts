/**
 * Issue #11: the first route's JavaScript stays within budget — the entry, its static imports and whatever the
 * page fetches before its `load` event on a first visit to `/`, gzip -9, ≤ 140 KB, in each UI language. Real
 * Chromium against the real server and build; byte counts are deterministic, so this belongs in `npm test`.
 * The measuring code is the benchmark's own (scripts/bench/first-visit-js.ts): test and bench cannot drift.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precacheUrls } from '../../scripts/bench/bundle';
import { describeJs, FIRST_ROUTE_JS_BUDGET_GZ, recordFirstVisitJs } from '../../scripts/bench/first-visit-js';
import { COMPILE_HINT } from '../../scripts/vite-compile-hints-plugin';
import type { RunningServer } from '../../server/start-server';
import { cleanupAll, launch, startTestServer } from './harness';

/** JS files of the first route: 16 at `/` once the shell became one chunk, 30 before. */
const FIRST_ROUTE_JS_FILES_MAX = 20;

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

describe('first-route JavaScript budget', () => {
  it.each(['fr-FR', 'en-GB'])(
    'fetches at most 140 KB gz of JS for the first route (before load and until hydrated) on a first visit to / (%s)',
    async (locale) => {
      const { context } = await launch({ locale });
      const visit = await recordFirstVisitJs(context, `${server.url}/`);
      const firstRoute = visit.files.filter((file) => file.firstRoute);
      // The page hydrated (the app's mark), and its entry is counted: else the sum proves nothing.
      expect(visit.interactiveMs).toBeGreaterThan(0);
      expect(firstRoute.some((file) => /\/assets\/index-[\w-]+\.js$/.test(file.path))).toBe(true);
      expect(
        visit.firstRouteGz,
        `${(visit.firstRouteGz / 1024).toFixed(1)} KB gz of JS for the first route (${locale}):\n${describeJs(firstRoute)}`,
      ).toBeLessThanOrEqual(FIRST_ROUTE_JS_BUDGET_GZ);
      // And in few files: every one is a fetch the main thread starts after the first paint (about a millisecond
      // each, four on a cheap phone). The shell is one chunk (scripts/vite-boot-chunks-plugin.ts); without it
      // the bundler split it into a file per shared module.
      expect(firstRoute.length, describeJs(firstRoute)).toBeLessThanOrEqual(FIRST_ROUTE_JS_FILES_MAX);
    },
  );
});

describe('compile hints (scripts/vite-compile-hints-plugin.ts)', () => {
  it("marks the boot's chunks for eager compilation, and not the route's", async () => {
    const { context } = await launch({ locale: 'fr-FR' });
    const visit = await recordFirstVisitJs(context, `${server.url}/guide/2-4-2`);
    const built = (path: string) => readFileSync(resolve(process.cwd(), 'dist', path.replace(/^\//, '')), 'utf8');
    const hinted = (pattern: RegExp) =>
      visit.files
        .filter((file) => pattern.test(file.path))
        .map((file) => [file.path.replace(/-[\w-]{8}\.js$/, ''), built(file.path).startsWith(COMPILE_HINT)])
        .sort();
    // The entry, the three stages, React DOM (its chunk is named after react-dom/client) and the shell.
    expect(hinted(/\/assets\/(index|react-stage|library-stage|start-app|client|app-shell)-[\w-]+\.js$/)).toEqual(
      ['index', 'react-stage', 'client', 'library-stage', 'start-app', 'app-shell']
        .map((name) => [`/assets/${name}`, true])
        .sort(),
    );
    expect(hinted(/\/assets\/guide-pages-[\w-]+\.js$/)).toEqual([['/assets/guide-pages', false]]);
  });
});

describe('precache manifest reading (bench:bundle sizes the precache from it)', () => {
  it('reads generateSW objects and an injected JSON manifest, in either key order', () => {
    const generated = 's.precacheAndRoute([{url:"index.html",revision:"d9cd"},{url:"assets/a-1.js",revision:null}])';
    const injected =
      'precacheAndRoute([{"revision":"abc","url":"fr/guide/2-4-2.html"},{"url":"sw-sync.js","revision":"1"}])';
    expect(precacheUrls(generated)).toEqual(['index.html', 'assets/a-1.js']);
    expect(precacheUrls(injected)).toEqual(['fr/guide/2-4-2.html', 'sw-sync.js']);
    // Code that merely mentions a url is not a manifest entry.
    expect(precacheUrls('fetch({url:request.url,mode:"cors"})')).toEqual([]);
  });
});
