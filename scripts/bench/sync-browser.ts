/**
 * The browser half of `npm run bench:sync` (issue #4): pushing 1 000 pending contacts from Chromium to the
 * server over loopback. The app is joined to a team through its join link, 1 000 contacts are seeded as raw
 * IndexedDB rows (ContactRow shape, pending), then "Sync now" is pressed in the team panel; the time runs
 * from the click until the button comes back (the sync loop has sent every batch and recorded every answer).
 * Checked afterwards: the server holds the 1 000 contacts and the device has 0 pending.
 * Target: ≤ 3 s. Production server serving dist/ (needs `npm run build`), rate limits raised.
 */
import { chromium } from 'playwright-core';
import { startServer } from '../../server/start-server';
import { waitForContent, waitForServiceWorker } from '../../tests/browser/harness';
import {
  createTeam,
  deviceContacts,
  joinTeamViaLink,
  newContactRow,
  putContactRows,
  serverContacts,
} from '../../tests/browser/sync-helpers';
import { CHROME_ARGS, CHROME_PATH, median, tempDataDir } from './bench-env';
import { inPageStep } from './browser-steps';

const CONTACTS = 1_000;
const RUNS = 3;
const TARGET_MS = 3_000;

export interface SyncBrowserFigures {
  contacts: number;
  runs: number;
  pushMs: number[];
  medianMs: number;
  contactsPerSecond: number;
  requestsPerRun: number;
  targetMs: number;
}

export async function measureSyncBrowser(): Promise<SyncBrowserFigures> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: tempDataDir(),
    distDir: 'dist',
    logLevel: 'silent',
    trustProxy: false,
    rateLimit: { requestsPerMinute: 1e9, authFailures: 1e9 },
    // The bench opens 100 connections from one address: no per-address cap here.
    connections: { maxConnectionsPerIp: 0, requestTimeoutMs: 30_000 },
    quotas: { contactsPerDayPerToken: 1e9, contactsPerDayPerTeam: 1e9, bytesPerTeam: 2 ** 50 },
  });
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
  try {
    const team = await createTeam(server.stores, 'Bench team', 'Bench phone');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    let syncRequests = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/sync')) syncRequests += 1;
    });
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    await joinTeamViaLink(page, server.url, team);
    // In-app navigation, as a user goes: a page load would lock the vault ([S90]) and the sync would have no
    // key to read the contacts with.
    await page.getByRole('link', { name: 'See the sync status' }).click();
    await page.getByRole('button', { name: 'Sync now', disabled: false }).waitFor();

    const pushMs: number[] = [];
    let requestsPerRun = 0;
    for (let run = 0; run < RUNS; run++) {
      const before = (await serverContacts(server.url, team.coordinator)).size;
      await putContactRows(
        page,
        Array.from({ length: CONTACTS }, (_, i) => newContactRow(run * CONTACTS + i)),
      );
      const requestsBefore = syncRequests;
      // In the page, so no polling delay: click, see the button busy, resolve when it is back.
      // Inline callbacks only: tsx names local functions with a helper the page does not have.
      const pushed = page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Sync now');
            if (!button) {
              reject(new Error('no "Sync now" button'));
              return;
            }
            let busy = false;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (button.disabled) busy = true;
              else if (busy) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(button, { attributes: true, childList: true, characterData: true, subtree: true });
            button.click();
          }),
      );
      const elapsed = await inPageStep(page, `push of ${CONTACTS} contacts (Sync now → idle again)`, pushed);
      pushMs.push(elapsed);
      requestsPerRun = syncRequests - requestsBefore;
      const after = (await serverContacts(server.url, team.coordinator)).size;
      const pending = (await deviceContacts(page)).filter((row) => row.syncState !== 'synced').length;
      if (after - before !== CONTACTS || pending !== 0) {
        throw new Error(`run ${run}: server got ${after - before} of ${CONTACTS}, ${pending} still pending`);
      }
    }
    const medianMs = median(pushMs);
    return {
      contacts: CONTACTS,
      runs: RUNS,
      pushMs,
      medianMs,
      contactsPerSecond: CONTACTS / (medianMs / 1000),
      requestsPerRun,
      targetMs: TARGET_MS,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printSyncBrowser(f: SyncBrowserFigures): void {
  const verdict = f.medianMs <= f.targetMs ? 'OK' : 'OVER TARGET';
  console.log('\nSync from Chromium (1 000 pending contacts → server over loopback)');
  console.log(
    `  push: median ${f.medianMs.toFixed(0)} ms over ${f.runs} runs (${f.pushMs.map((ms) => ms.toFixed(0)).join(', ')} ms), ` +
      `${f.contactsPerSecond.toFixed(0)} contacts/s, ${f.requestsPerRun} requests a run — target ≤ ${f.targetMs} ms: ${verdict}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printSyncBrowser(await measureSyncBrowser());
}
