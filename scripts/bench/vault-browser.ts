/**
 * `npm run bench:vault` (issue #6): what the app lock and encryption at rest cost, in Chromium against the
 * production server serving dist/ (needs `npm run build`). One device with a passcode and 1 000 contacts.
 * - Unlock on a 4× throttled CPU (Chrome DevTools Protocol Emulation.setCPUThrottlingRate, as Lighthouse's
 *   mobile profile): the page loads locked; from the tap on Unlock until the lock screen is gone (PBKDF2-SHA256
 *   600 000 iterations, data key unwrapped, the page behind rendered) and until the list's first rows.
 *   DevTools throttling slows the page's main thread only; WebCrypto derives the key on another thread, so
 *   the app's "vault-unlock" measure (derivation + unwrap) is read too and the figure for a device 4× slower
 *   everywhere adds 3× that derivation. Target ≤ 1.5 s, checked on that projection.
 * - Save overhead, side by side in the same saves: 50 saves through the UI (after 5 warm-ups); the app measures
 *   each save's storage write ("contact-save", sealing included) and, inside it, the sealing alone
 *   ("contact-seal": JSON + AES-GCM under the data key). Without encryption a save is the same write minus the
 *   seal, so the overhead is the seal. Target ≤ 2 ms.
 * - 1 000 contacts decrypted and rendered: the list filtered by kind (which opens every one of the 1 000 bodies
 *   to filter and count them, then renders the first page), reached inside the app from home; and the plain
 *   list from the home page's card (first page of 50 opened). Target ≤ 300 ms. No throttling for these two.
 * The 1 000 contacts are seeded in clear and sealed by the app's own migration at unlock ([S92]).
 */
import { chromium } from 'playwright-core';
import { startServer } from '../../server/start-server';
import { setPasscode, waitForContent, waitForServiceWorker } from '../../tests/browser/harness';
import { CHROME_ARGS, CHROME_PATH, tempDataDir } from './bench-env';
import {
  homeInApp,
  listFromHome,
  percentile,
  saveOnce,
  seedPlainContacts,
  timedUnlockToList,
  timeToFirstRows,
  waitAllSealed,
} from './browser-steps';

const CONTACTS = 1_000;
// Warm-ups and saves together fit the list's first page (50 rows): saves made in the same minute share their
// occurredAt, the list breaks that tie by id, and a 51st may land on the second page where saveOnce waits for it.
const SAVES = 45;
const WARM_UPS = 5;
const UNLOCK_RUNS = 7;
const LIST_RUNS = 15;
const THROTTLE = 4;
const UNLOCK_TARGET_MS = 1_500;
const OVERHEAD_TARGET_MS = 2;
const LIST_TARGET_MS = 300;

interface Spread {
  p50: number;
  p95: number;
}

export interface VaultBrowserFigures {
  contacts: number;
  unlockRuns: number;
  unlocked: Spread;
  unlockedToList: Spread;
  /** The "vault-unlock" measure: PBKDF2 + unwrap, run by WebCrypto off the (throttled) main thread. */
  kdf: Spread;
  /** A device 4× slower everywhere: the measured unlock plus the key derivation's missing 3×. */
  projected: Spread;
  saves: number;
  saveWithSeal: Spread;
  seal: Spread;
  saveWithoutSeal: Spread;
  listRuns: number;
  filteredAll: Spread;
  firstPage: Spread;
}

const spread = (values: number[]): Spread => ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95) });

export async function measureVaultBrowser(): Promise<VaultBrowserFigures> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: tempDataDir(),
    distDir: process.env.DIST_DIR ?? `${process.cwd()}/dist`,
    logLevel: 'silent',
    trustProxy: false,
  });
  const context = await chromium.launchPersistentContext(tempDataDir(), {
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
    locale: 'en-GB',
    viewport: { width: 390, height: 844 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    // A database from before the passcode, sealed in place when it is set ([S92]); then the saves.
    await seedPlainContacts(page, CONTACTS - WARM_UPS - SAVES);
    await setPasscode(page, server.url);
    await waitAllSealed(page);

    for (let i = 0; i < WARM_UPS + SAVES; i++) await saveOnce(page, `Bench ${i}`);
    const measures = await page.evaluate(() => ({
      save: performance.getEntriesByName('contact-save', 'measure').map((e) => e.duration),
      seal: performance.getEntriesByName('contact-seal', 'measure').map((e) => e.duration),
    }));
    const saves = measures.save.slice(WARM_UPS);
    const seals = measures.seal.slice(WARM_UPS);
    if (saves.length !== SAVES || seals.length !== SAVES) {
      throw new Error(`expected ${SAVES} saves and seals, got ${saves.length} and ${seals.length}`);
    }

    const filtered: number[] = [];
    const firstPage: number[] = [];
    for (let i = 0; i < LIST_RUNS; i++) {
      await homeInApp(page);
      filtered.push(await timeToFirstRows(page, { path: '/contacts?kind=street' }));
      await page.locator('.contact-card').first().waitFor();
      await homeInApp(page);
      firstPage.push(await listFromHome(page));
      await page.locator('.contact-card').first().waitFor();
    }

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const unlocked: number[] = [];
    const listed: number[] = [];
    const kdf: number[] = [];
    for (let i = 0; i < UNLOCK_RUNS; i++) {
      await page.goto(`${server.url}/contacts`);
      const timing = await timedUnlockToList(page);
      unlocked.push(timing.unlockedMs);
      listed.push(timing.listedMs);
      const measured = await page.evaluate(
        () => performance.getEntriesByName('vault-unlock', 'measure').at(-1)?.duration,
      );
      if (measured === undefined) throw new Error('no "vault-unlock" measure: is the build older than the bench?');
      kdf.push(measured);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // One measure per page load: the last of each of the UNLOCK_RUNS loads is read right after it.

    return {
      contacts: CONTACTS,
      unlockRuns: UNLOCK_RUNS,
      unlocked: spread(unlocked),
      unlockedToList: spread(listed),
      kdf: spread(kdf),
      projected: spread(unlocked.map((ms, i) => ms + (THROTTLE - 1) * (kdf[i] ?? 0))),
      saves: SAVES,
      saveWithSeal: spread(saves),
      seal: spread(seals),
      saveWithoutSeal: spread(saves.map((save, i) => save - (seals[i] ?? 0))),
      listRuns: LIST_RUNS,
      filteredAll: spread(filtered),
      firstPage: spread(firstPage),
    };
  } finally {
    await context.close();
    await server.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function printVaultBrowser(f: VaultBrowserFigures): void {
  console.log(`\n== App lock and encryption at rest in Chromium (${f.contacts} sealed contacts) ==`);
  console.table([
    {
      metric: `unlock at ${THROTTLE}× CPU throttling: tap → lock screen gone (${f.unlockRuns} runs)`,
      p50: ms(f.unlocked.p50),
      p95: ms(f.unlocked.p95),
      target: '',
      met: '',
    },
    {
      metric: '  of which key derivation + unwrap (WebCrypto, off the throttled main thread)',
      p50: ms(f.kdf.p50),
      p95: ms(f.kdf.p95),
      target: '',
      met: '',
    },
    {
      metric: `  a device ${THROTTLE}× slower everywhere: the above + ${THROTTLE - 1}× the key derivation`,
      p50: ms(f.projected.p50),
      p95: ms(f.projected.p95),
      target: `≤ ${UNLOCK_TARGET_MS} ms`,
      met: f.projected.p95 <= UNLOCK_TARGET_MS,
    },
    {
      metric: `unlock at ${THROTTLE}× CPU throttling: tap → first rows of the list`,
      p50: ms(f.unlockedToList.p50),
      p95: ms(f.unlockedToList.p95),
      target: '',
      met: '',
    },
    {
      metric: `save with encryption: storage write, sealing included (${f.saves} saves)`,
      p50: ms(f.saveWithSeal.p50),
      p95: ms(f.saveWithSeal.p95),
      target: '',
      met: '',
    },
    {
      metric: '  the same saves without the sealing',
      p50: ms(f.saveWithoutSeal.p50),
      p95: ms(f.saveWithoutSeal.p95),
      target: '',
      met: '',
    },
    {
      metric: '  encryption overhead (the sealing alone)',
      p50: ms(f.seal.p50),
      p95: ms(f.seal.p95),
      target: `≤ ${OVERHEAD_TARGET_MS} ms`,
      met: f.seal.p95 <= OVERHEAD_TARGET_MS,
    },
    {
      metric: `list filtered by kind: all ${f.contacts} decrypted → first rows (${f.listRuns} runs)`,
      p50: ms(f.filteredAll.p50),
      p95: ms(f.filteredAll.p95),
      target: `≤ ${LIST_TARGET_MS} ms`,
      met: f.filteredAll.p95 <= LIST_TARGET_MS,
    },
    {
      metric: `list from the home card: first page decrypted → first rows (${f.listRuns} runs)`,
      p50: ms(f.firstPage.p50),
      p95: ms(f.firstPage.p95),
      target: `≤ ${LIST_TARGET_MS} ms`,
      met: f.firstPage.p95 <= LIST_TARGET_MS,
    },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printVaultBrowser(await measureVaultBrowser());
}
