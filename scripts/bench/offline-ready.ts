/**
 * `npm run bench:offline`: how long a first visit takes to make the app work offline, on a phone's network.
 *
 * A youth worker opens the app once where there is signal, then walks into a stairwell: until the service worker
 * has stored the guide, a page they have not opened yet is not there. Each run is a first visit (fresh browser
 * context) by a French reader to `/guide/2-4-2` through a proxy that plays Lighthouse's mobile network (150 ms
 * round trip, 1.6 Mbit/s shared downlink: slow-network-proxy.ts), timed from the navigation to
 * `navigator.serviceWorker.ready` (the worker active, its install done); then the network is cut and a page the
 * visit never opened must load, so the figure is the moment the offline copy is really usable. Information: no
 * issue sets a target; the time is mostly round trips and bytes, hence how many of the install's downloads run
 * at once (src/sw/precache-concurrently.ts).
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BENCH_LOCALE, CHROME_ARGS, CHROME_PATH, median, startBenchServer } from './bench-env';
import { SLOW_4G, startSlowNetworkProxy } from './slow-network-proxy';

const RUNS = 3;
const FIRST_PAGE = '/guide/2-4-2';
/** Never opened by the visit: served offline only if the install stored it. */
const OFFLINE_PAGE = '/vocabulary/nourrice';

export interface OfflineReadyFigures {
  runs: { textMs: number; offlineReadyMs: number }[];
  textMedianMs: number;
  offlineReadyMedianMs: number;
}

export async function measureOfflineReady(): Promise<OfflineReadyFigures> {
  const server = await startBenchServer();
  const proxy = await startSlowNetworkProxy(server.url, SLOW_4G);
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
  const runs: OfflineReadyFigures['runs'] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ locale: BENCH_LOCALE, viewport: { width: 360, height: 740 } });
      try {
        const page = await context.newPage();
        await page.goto(`${proxy.url}${FIRST_PAGE}`, { timeout: 60_000 });
        const timings = await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
          const ready = performance.now();
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          return { offlineReadyMs: ready, textMs: paint ? paint.startTime : Number.NaN };
        });
        await context.setOffline(true);
        await page.goto(`${proxy.url}${OFFLINE_PAGE}`);
        const heading = (await page.locator('h1').first().textContent({ timeout: 10_000 })) ?? '';
        if (!/nourrice/i.test(heading)) {
          throw new Error(`offline, ${OFFLINE_PAGE} showed "${heading}": the install had not stored it`);
        }
        runs.push(timings);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await proxy.close();
    await server.close();
  }
  return {
    runs,
    textMedianMs: median(runs.map((r) => r.textMs)),
    offlineReadyMedianMs: median(runs.map((r) => r.offlineReadyMs)),
  };
}

export function printOfflineReady(f: OfflineReadyFigures): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `\n== First visit → works offline (${BENCH_LOCALE}, ${FIRST_PAGE}, ${SLOW_4G.roundTripMs} ms round trip, ` +
      `${SLOW_4G.downlinkBitsPerSecond / 1e6} Mbit/s down; median of ${f.runs.length}; information) ==`,
  );
  console.table([
    { measure: 'navigation → the page’s text painted', median: s(f.textMedianMs) },
    { measure: `navigation → offline ready (then ${OFFLINE_PAGE} loads offline)`, median: s(f.offlineReadyMedianMs) },
  ]);
  console.log(`  runs: ${f.runs.map((r) => `${s(r.textMs)} / ${s(r.offlineReadyMs)}`).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printOfflineReady(await measureOfflineReady());
}
