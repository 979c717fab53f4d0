/**
 * Steps shared by the Chromium benchmarks of the contact log (contacts-browser.ts, vault-browser.ts).
 * Functions passed to page.evaluate are inline or strings: tsx names local functions with a helper the page
 * does not have.
 */
import type { Page } from 'playwright-core';
import { TEST_PASSCODE } from '../../tests/browser/harness';

/** How long one in-page wait may take before the bench gives up on it (a loaded 2-core VM is slow, not stuck). */
export const STEP_TIMEOUT_MS = 120_000;

/**
 * Awaits an in-page wait (page.evaluate has no timeout of its own: a save that never shows its row, or a mark
 * that never comes, would hang the bench silently), failing after `ms` with the step's name, the page's URL and
 * its heading, so a stuck run says where it stopped.
 */
export async function inPageStep<T>(page: Page, step: string, wait: Promise<T>, ms = STEP_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), ms);
  });
  try {
    const outcome = await Promise.race([wait, expired]);
    if (outcome !== 'expired') return outcome as T;
  } finally {
    clearTimeout(timer);
  }
  const heading = await page
    .locator('h1')
    .first()
    .textContent({ timeout: 5_000 })
    .catch(() => '(none)');
  throw new Error(`${step}: no answer from the page after ${ms / 1000} s (at ${page.url()}, heading "${heading}")`);
}

/** Nearest-rank percentile. */
export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/**
 * Waits until the page has had a quiet moment (an idle period of 40 ms or more, twice): the work the app starts
 * after load (sync status, content check) is over, as it is by the time a user taps anything.
 */
export async function settle(page: Page): Promise<void> {
  await inPageStep(
    page,
    'waiting for an idle moment',
    page.evaluate(`new Promise((resolve) => {
    let quiet = 0;
    const started = performance.now();
    const check = (deadline) => {
      quiet = deadline.timeRemaining() >= 40 ? quiet + 1 : 0;
      if (quiet >= 2 || performance.now() - started > 10000) resolve();
      else requestIdleCallback(check, { timeout: 1000 });
    };
    requestIdleCallback(check, { timeout: 1000 });
  })`),
  );
}

/**
 * Bulk-puts `count` contacts in clear with raw IndexedDB (the ContactRow shape), as a database from before the
 * passcode holds them: the app seals them at the next unlock ([S92]), so the benchmarks measure sealed rows.
 */
export async function seedPlainContacts(page: Page, count: number): Promise<void> {
  // The app opens its database where it needs it (reading the guide does not): the contacts page does.
  await page.goto(new URL('/contacts', page.url()).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(`(async () => {
    for (let i = 0; i < 100 && !(await indexedDB.databases()).some((db) => db.name === 'limits-terrain'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })()`);
  const seeding = page.evaluate(async (total) => {
    const request = indexedDB.open('limits-terrain');
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      request.onsuccess = () => ok(request.result);
      request.onerror = () => ko(request.error);
    });
    const kinds = ['street', 'school', 'family', 'resident', 'partner', 'other'];
    const tx = db.transaction('contacts', 'readwrite');
    const store = tx.objectStore('contacts');
    const now = Date.now();
    for (let i = 0; i < total; i++) {
      // Spread over the last year, wall-clock time with an offset, like the form writes it.
      const occurredAt = `${new Date(now - i * 52 * 60_000).toISOString().slice(0, 19)}+01:00`;
      const updatedAt = new Date(now - i * 1000).toISOString();
      const synced = i % 3 === 0;
      store.put({
        id: crypto.randomUUID(),
        revision: 1,
        createdAt: updatedAt,
        updatedAt,
        occurredAt,
        deleted: false,
        body: {
          schemaVersion: 1,
          occurredAt,
          place: `Lieu ${i % 40}`,
          kind: kinds[i % kinds.length],
          people: 1 + (i % 6),
          ageBands: ['13-15', '16-17'].slice(0, 1 + (i % 2)),
          topics: ['minor-impunity'],
          signals: i % 4 === 0 ? ['debt'] : [],
          schemes: i % 5 === 0 ? ['cej'] : [],
          note: 'Groupe de jeunes devant le hall, échange calme, orientation proposée vers la mission locale.',
        },
        syncState: synced ? 'synced' : 'pending',
        syncedRevision: synced ? 1 : 0,
        pendingSince: synced ? undefined : updatedAt,
      });
    }
    await new Promise<void>((ok, ko) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => ko(tx.error);
    });
    db.close();
  }, count);
  await inPageStep(page, `seeding ${count} contacts`, seeding, 5 * STEP_TIMEOUT_MS);
}

/** How many contact rows still hold their body in clear (sealed bodies are Uint8Array envelopes). */
export function plainContactCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const request = indexedDB.open('limits-terrain');
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      request.onsuccess = () => ok(request.result);
      request.onerror = () => ko(request.error);
    });
    const all = db.transaction('contacts').objectStore('contacts').getAll();
    const rows = await new Promise<{ body: unknown }[]>((ok, ko) => {
      all.onsuccess = () => ok(all.result as { body: unknown }[]);
      all.onerror = () => ko(all.error);
    });
    db.close();
    return rows.filter((row) => row.body !== null && !(row.body instanceof Uint8Array)).length;
  });
}

/**
 * Waits for the app's own "vault-seal-migration" measure (set when the unlock-time pass sealed rows, [S92]) and
 * returns its duration; then checks on disk that no row is left in clear. Polling the rows themselves would
 * read 10 000 rows every time and slow the very pass being measured.
 */
export async function waitAllSealed(page: Page, timeoutMs = 600_000): Promise<{ ms: number; count: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const measure = await page.evaluate(() => {
      const entry = performance.getEntriesByName('vault-seal-migration', 'measure').at(-1);
      return entry && { ms: entry.duration, count: ((entry as PerformanceMeasure).detail as { count: number }).count };
    });
    if (measure) {
      const left = await plainContactCount(page);
      if (left > 0) throw new Error(`the migration finished with ${left} contacts still in clear`);
      return measure;
    }
    if (Date.now() > deadline) throw new Error('the migration did not seal the contacts in time');
    await page.waitForTimeout(250);
  }
}

export interface UnlockTiming {
  /** Tap on Unlock → the lock screen is gone (key derived, data key unwrapped, the page behind rendered). */
  unlockedMs: number;
  /** Tap on Unlock → the contact list's first rows (its "contacts-list-render" mark). */
  listedMs: number;
}

/** On the lock screen of /contacts: types the code, then times the tap on Unlock, in the page. */
export async function timedUnlockToList(page: Page): Promise<UnlockTiming> {
  await page.locator('#unlock-title').waitFor({ timeout: 60_000 });
  await page.getByLabel('Code', { exact: true }).fill(TEST_PASSCODE);
  await settle(page);
  // A string: named helpers inside a callback would be compiled with tsx's naming helper, absent in the page.
  const timing = page.evaluate<UnlockTiming>(`new Promise((resolve) => {
    performance.clearMarks('contacts-list-render');
    const start = performance.now();
    const timing = {};
    const finish = () => {
      if (timing.unlockedMs === undefined || timing.listedMs === undefined) return;
      marks.disconnect();
      dom.disconnect();
      resolve(timing);
    };
    const marks = new PerformanceObserver((list) => {
      const mark = list.getEntriesByName('contacts-list-render')[0];
      if (!mark) return;
      timing.listedMs = mark.startTime - start;
      finish();
    });
    const dom = new MutationObserver(() => {
      if (timing.unlockedMs !== undefined || document.getElementById('unlock-title')) return;
      timing.unlockedMs = performance.now() - start;
      finish();
    });
    marks.observe({ type: 'mark' });
    dom.observe(document.body, { childList: true, subtree: true });
    document.querySelector('form button[type="submit"]').click();
  })`);
  return inPageStep(page, 'unlock → the contact list', timing);
}

/**
 * Times a navigation inside the app (no page load, so the contacts stay unlocked) to the contact list's first
 * rows, its "contacts-list-render" mark. `to`: a link to click, or a path the router is told about (as after
 * the back button).
 */
export async function timeToFirstRows(page: Page, to: { click: string } | { path: string }): Promise<number> {
  await settle(page);
  const rows = page.evaluate(
    (target) =>
      new Promise<number>((resolve) => {
        performance.clearMarks('contacts-list-render');
        const start = performance.now();
        const observer = new PerformanceObserver((list) => {
          const mark = list.getEntriesByName('contacts-list-render')[0];
          if (!mark) return;
          observer.disconnect();
          resolve(mark.startTime - start);
        });
        observer.observe({ type: 'mark' });
        if ('click' in target) {
          document.querySelector<HTMLElement>(target.click)?.click();
        } else {
          history.pushState(null, '', target.path);
          dispatchEvent(new PopStateEvent('popstate'));
        }
      }),
    to,
  );
  return inPageStep(page, `${'click' in to ? to.click : to.path} → the contact list's first rows`, rows);
}

/** From a tap on the home page's Contacts card to the list's first rows (the route's code already loaded). */
export async function listFromHome(page: Page): Promise<number> {
  await page.locator('a.home-card[href="/contacts"]').waitFor();
  return timeToFirstRows(page, { click: 'a.home-card[href="/contacts"]' });
}

/** Back to the home page inside the app (the app bar's brand): no page load, so the contacts stay unlocked. */
export async function homeInApp(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'LIMITS Terrain, home' }).click();
  await page.locator('a.home-card[href="/contacts"]').waitFor();
}

/** One save through the UI, in the page: click Save, resolve when the list shows the row. */
export async function saveOnce(page: Page, place: string): Promise<number> {
  await page.getByRole('heading', { level: 1, name: 'New contact' }).waitFor();
  await page.locator('#contact-place').fill(place);
  await page.locator('#contact-note').fill(`Bench contact at ${place}`);
  // A user takes seconds to fill the form: the autosaves and the previous list's queries are long over.
  await settle(page);
  const saved = page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const shown = [...document.querySelectorAll('.contact-card__place')].some((el) => el.textContent === text);
          if (!shown) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        document.querySelector<HTMLButtonElement>('.contact-form__save')?.click();
      }),
    place,
  );
  const elapsed = await inPageStep(page, `saving "${place}" until its card is listed`, saved);
  await page.locator('.page-header a[href="/contacts/new"]').click();
  return elapsed;
}
