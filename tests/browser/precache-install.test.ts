/**
 * The service worker's install in real Chromium (src/sw/precache-concurrently.ts): it stores every file of the
 * common precache, several downloads at a time instead of Workbox's one by one, and a download that fails
 * fails the install (the page says so) without leaving a worker that serves half an app; the next visit with a
 * network installs it whole.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { precacheUrls } from '../../scripts/bench/bundle';
import { languageOfBuildFile } from '../../src/shared/precache-languages';
import { PRECACHE_CONCURRENCY } from '../../src/sw/precache-concurrently';
import { cleanupAll, launch, startTestServer, waitForServiceWorker, watchPageErrors } from './harness';
import { startPassThroughProxy, type RunningProxy } from './pass-through-proxy';

/** Each answer waits this long: downloads that run at once then overlap for certain. */
const DELAY_MS = 40;

interface Recorder {
  proxy: RunningProxy;
  /** Requests that started after the worker's script was fetched, with how many were in flight at their start. */
  afterWorker: { path: string; inFlight: number }[];
  /** Paths answered 500 while `failing` holds them. */
  failing: Set<string>;
}

/** A proxy in front of the server that delays every answer, counts requests in flight and can fail some. */
async function startRecordingProxy(target: string): Promise<Recorder> {
  let inFlight = 0;
  let workerSeen = false;
  const afterWorker: Recorder['afterWorker'] = [];
  const failing = new Set<string>();
  const proxy = await startPassThroughProxy(target, {
    before: async (request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      inFlight += 1;
      response.once('close', () => (inFlight -= 1));
      if (workerSeen) afterWorker.push({ path, inFlight });
      if (path === '/sw.js') workerSeen = true;
      await new Promise((wait) => setTimeout(wait, DELAY_MS));
      if (!failing.has(path)) return false;
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('fault injected by the test');
      return true;
    },
  });
  return { proxy, afterWorker, failing };
}

/** The common precache (every reader's files; the language editions are stored apart): paths from the build. */
const commonPrecache = () =>
  precacheUrls(readFileSync(resolve(process.cwd(), 'dist/sw.js'), 'utf8'))
    .filter((url) => languageOfBuildFile(url) === undefined)
    .map((url) => new URL(url, 'http://x/').pathname);

/** The paths in Workbox's precache cache, as the page sees them. */
const storedPrecache = (page: Page) =>
  page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache'));
    const cache = name ? await caches.open(name) : undefined;
    return cache ? (await cache.keys()).map((request) => new URL(request.url).pathname) : [];
  });

let server: RunningServer;
let proxy: Recorder;
afterAll(async () => {
  await proxy?.proxy.close();
  await cleanupAll();
});
beforeAll(async () => {
  server = await startTestServer();
  proxy = await startRecordingProxy(server.url);
});

describe('service worker install: the common precache', () => {
  it('stores every file, several downloads at a time', async () => {
    const { context } = await launch({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${proxy.proxy.url}/guide/2-4-2`);
    await waitForServiceWorker(page);

    const stored = await storedPrecache(page);
    const expected = commonPrecache();
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.filter((path) => !stored.includes(path))).toEqual([]);

    // Workbox alone stores one file at a time, beside the edition's one: never more than two in flight.
    const precached = new Set(expected);
    const overlap = Math.max(...proxy.afterWorker.filter((r) => precached.has(r.path)).map((r) => r.inFlight));
    expect(overlap).toBeGreaterThan(2);
    expect(overlap).toBeLessThanOrEqual(PRECACHE_CONCURRENCY + 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fails the install when a file cannot be downloaded, says so, and installs whole on the next visit', async () => {
    const expected = commonPrecache();
    // A file the page does not load itself: only the install asks for it.
    const victim = expected.find((path) => /\/assets\/contact-pages-[\w-]+\.js$/.test(path));
    expect(victim).toBeDefined();
    proxy.failing.add(victim as string);

    const { context } = await launch({ locale: 'en-GB', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${proxy.proxy.url}/guide/2-4-2`);
    await page.getByText('The app could not finish saving itself for offline use').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active))).toBe(
      false,
    );

    // The network is fine again: the next visit installs it, that file included.
    proxy.failing.clear();
    await page.reload();
    await waitForServiceWorker(page);
    const stored = await storedPrecache(page);
    expect(expected.filter((path) => !stored.includes(path))).toEqual([]);
    await context.close();
  });
});
