/**
 * `npm run bench:contacts`: the contact log as the user feels it, in Chromium against the production server
 * serving dist/ (needs `npm run build`). No CPU throttling: figures are for this machine.
 * Before each measured tap the page is left to settle (idle), as it is by the time a user taps.
 * Two devices. A fresh one, passcode set: the saves. Then one from before the passcode: 10 000 contacts in clear
 * (raw IndexedDB, ContactRow shape, two thirds of them pending); setting the passcode seals them in place
 * ([S92]: the pass's time is printed), then 10 more saves and the list.
 * - Saving a contact, 50 saves (after 5 warm-ups) through the UI on the fresh device: from the click on
 *   Save to the new row visible in the list (seal + IndexedDB write + navigation + list query + render), and
 *   the storage write alone (the "contact-save" performance measure the app sets around
 *   contact-store.saveContact, sealing included). Target (issue #4): the write ≤ 10 ms.
 * - First render of the list of 10 000: from the tap on the home page's "Contacts" card to the first rows (the
 *   "contacts-list-render" mark the list sets on its first data), the route's code already loaded. Target
 *   (issue #4): ≤ 100 ms. And a cold start: the page loads locked, from the tap on Unlock (PBKDF2, 600 000
 *   iterations) to the first rows.
 */
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../../server/start-server';
import { setPasscode, waitForContent, waitForServiceWorker } from '../../tests/browser/harness';
import { CHROME_ARGS, CHROME_PATH, tempDataDir, verdict } from './bench-env';
import {
  homeInApp,
  listFromHome,
  percentile,
  saveOnce,
  seedPlainContacts,
  timedUnlockToList,
  waitAllSealed,
} from './browser-steps';

const SAVES = 50;
const LOADED_SAVES = 10;
const WARM_UPS = 5;
const SEEDED = 10_000;
/**
 * Enough taps for the p95 to be a p95: of 15, the nearest-rank p95 is the slowest tap, so one stall of the host
 * decided the verdict (264 ms among taps of 35–98 ms in one run). Of 40 it is the 38th; every run is printed.
 */
const LIST_RUNS = 40;
const COLD_RUNS = 5;
const SAVE_TARGET_MS = 10;
const LIST_TARGET_MS = 100;

export interface ContactsBrowserFigures {
  loadedSaves: number;
  loadedWriteP50Ms: number;
  loadedWriteP95Ms: number;
  saves: number;
  uiSaveP50Ms: number;
  uiSaveP95Ms: number;
  writeP50Ms: number;
  writeP95Ms: number;
  writeMaxMs: number;
  seeded: number;
  listRuns: number;
  /** Each run of the list, in order: the spread behind p95 stays visible. */
  listMs: number[];
  listP50Ms: number;
  listP95Ms: number;
  sealSeconds: number;
  coldRuns: number;
  coldUnlockP50Ms: number;
  coldUnlockP95Ms: number;
}

export async function measureContactsBrowser(): Promise<ContactsBrowserFigures> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: tempDataDir(),
    distDir: process.env.DIST_DIR ?? `${process.cwd()}/dist`,
    logLevel: 'silent',
    trustProxy: false,
  });
  // Two devices (profiles): saves on a fresh one, as issue #4 measured them; then one holding 10 000 contacts.
  const launchDevice = async () => {
    const context = await chromium.launchPersistentContext(tempDataDir(), {
      executablePath: CHROME_PATH,
      headless: true,
      args: CHROME_ARGS,
      locale: 'en-GB',
      viewport: { width: 390, height: 844 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    // A crashed renderer otherwise reads as "page closed" with no cause.
    page.on('crash', () => console.error('the page crashed (renderer)'));
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    return { context, page };
  };
  const timedSaves = async (page: Page, count: number) => {
    const ui: number[] = [];
    for (let i = 0; i < WARM_UPS + count; i++) {
      const elapsed = await saveOnce(page, `Bench ${i}`);
      if (i >= WARM_UPS) ui.push(elapsed);
    }
    const writes = (
      await page.evaluate(() => performance.getEntriesByName('contact-save', 'measure').map((e) => e.duration))
    ).slice(WARM_UPS);
    return { ui, writes };
  };
  const fresh = await launchDevice();
  let ui: number[];
  let writes: number[];
  try {
    await setPasscode(fresh.page, server.url);
    ({ ui, writes } = await timedSaves(fresh.page, SAVES));
  } finally {
    await fresh.context.close();
  }

  const { context, page } = await launchDevice();
  try {
    // A database from before the passcode: 10 000 contacts in clear. Setting the passcode (which the first
    // contact asks for, issue #6) seals them in place ([S92]).
    await seedPlainContacts(page, SEEDED);
    await setPasscode(page, server.url);
    const sealing = await waitAllSealed(page);
    if (sealing.count !== SEEDED) throw new Error(`sealed ${sealing.count} of ${SEEDED}`);
    // The pass just rewrote every row: Chromium's storage engine compacts after it. A user records the next
    // contact later than this; give the backend that time (30 s) so the figure is the steady state.
    await page.waitForTimeout(30_000);
    const loaded = await timedSaves(page, LOADED_SAVES);

    // Taps from home inside the app (a page load would lock): the list's chunk and translations are cached.
    const list: number[] = [];
    for (let i = 0; i < LIST_RUNS; i++) {
      await homeInApp(page);
      list.push(await listFromHome(page));
      await page.locator('.contact-card').first().waitFor();
    }
    // A cold start: the page loads locked; from the tap on Unlock to the first rows.
    const cold: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      await page.goto(`${server.url}/contacts`);
      cold.push((await timedUnlockToList(page)).listedMs);
    }

    return {
      loadedSaves: loaded.writes.length,
      loadedWriteP50Ms: percentile(loaded.writes, 0.5),
      loadedWriteP95Ms: percentile(loaded.writes, 0.95),
      saves: ui.length,
      uiSaveP50Ms: percentile(ui, 0.5),
      uiSaveP95Ms: percentile(ui, 0.95),
      writeP50Ms: percentile(writes, 0.5),
      writeP95Ms: percentile(writes, 0.95),
      writeMaxMs: Math.max(...writes),
      seeded: SEEDED,
      listRuns: list.length,
      listMs: list,
      listP50Ms: percentile(list, 0.5),
      listP95Ms: percentile(list, 0.95),
      sealSeconds: sealing.ms / 1000,
      coldRuns: cold.length,
      coldUnlockP50Ms: percentile(cold, 0.5),
      coldUnlockP95Ms: percentile(cold, 0.95),
    };
  } finally {
    await context.close();
    await server.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function printContactsBrowser(f: ContactsBrowserFigures): void {
  console.log(`\n== Contact log in Chromium (no CPU throttling) ==`);
  console.table([
    {
      metric: `save: IndexedDB write (contact-save measure, ${f.saves} saves)`,
      p50: ms(f.writeP50Ms),
      p95: ms(f.writeP95Ms),
      max: ms(f.writeMaxMs),
      target: `≤ ${SAVE_TARGET_MS} ms`,
      result: verdict(f.writeP95Ms <= SAVE_TARGET_MS),
    },
    {
      metric: `save with ${f.seeded} contacts on the device: storage write (${f.loadedSaves} saves)`,
      p50: ms(f.loadedWriteP50Ms),
      p95: ms(f.loadedWriteP95Ms),
      max: '',
      target: '',
      result: '',
    },
    {
      metric: `save: click Save → row in the list (${f.saves} saves)`,
      p50: ms(f.uiSaveP50Ms),
      p95: ms(f.uiSaveP95Ms),
      max: '',
      target: '',
      result: '',
    },
    {
      metric: `list of ${f.seeded} contacts: tap from home → first rows (${f.listRuns} runs)`,
      p50: ms(f.listP50Ms),
      p95: ms(f.listP95Ms),
      max: '',
      target: `≤ ${LIST_TARGET_MS} ms`,
      result: verdict(f.listP95Ms <= LIST_TARGET_MS),
    },
    {
      metric: `list of ${f.seeded} contacts, cold start: tap on Unlock → first rows (${f.coldRuns} runs)`,
      p50: ms(f.coldUnlockP50Ms),
      p95: ms(f.coldUnlockP95Ms),
      max: '',
      target: '',
      result: '',
    },
    {
      metric: `${f.seeded} contacts stored in clear sealed at unlock ([S92])`,
      p50: `${f.sealSeconds.toFixed(1)} s`,
      p95: `${Math.round(f.seeded / f.sealSeconds)} rows/s`,
      max: '',
      target: '',
      result: '',
    },
  ]);
  console.log(`  list runs: ${f.listMs.map((run) => `${Math.round(run)} ms`).join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printContactsBrowser(await measureContactsBrowser());
}
