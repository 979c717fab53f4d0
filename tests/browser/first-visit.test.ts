/**
 * Issue #15, first visit in real Chromium at 360 × 740, in French: the page shows how far the offline copy is
 * ("Préparation hors ligne… N %", as the service worker reports it), then "✓ Disponible hors ligne", and
 * nothing on the page moves meanwhile (cumulative layout shift ≤ 0.01). The install invitation comes with the
 * second meaningful page only when the browser offered installation, floats without hiding the page's end,
 * and stays away after "Plus tard".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { cleanupAll, launch, seriousViolations, startTestServer, watchPageErrors } from './harness';

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

const PHONE = { width: 360, height: 740 };

/** Records every text the offline notice shows and every layout shift, from before the first paint. */
const RECORDER = () => {
  const w = window as unknown as { notices: string[]; shifts: number[]; bannerShifts: number; moved: string[] };
  w.notices = [];
  w.shifts = [];
  w.moved = [];
  w.bannerShifts = 0;
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Shift[]) {
      if (entry.hadRecentInput) continue;
      w.shifts.push(entry.value);
      const elements = entry.sources.map(({ node }) => (node instanceof Element ? node : node?.parentElement));
      // What moved, for the failure message: a shift seen once in CI (0.015) could not be reproduced here.
      const names = elements.map((el) => (el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : '?'));
      w.moved.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${names.join(', ')}`);
      const inBanner = elements.some((el) => el?.closest('.banners'));
      if (inBanner) w.bannerShifts += 1;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver(() => {
    const text = document.querySelector('.offline-progress')?.textContent?.replace(/\s+/g, ' ').trim();
    if (text && w.notices.at(-1) !== text) w.notices.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

/** The page has hydrated (the app's own mark, src/main.tsx): its listeners are in place. */
async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('lt:interactive').length > 0);
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { notices: string[]; shifts: number[]; bannerShifts: number; moved: string[] };
    return {
      moved: w.moved,
      notices: w.notices,
      cls: w.shifts.reduce((sum, value) => sum + value, 0),
      bannerShifts: w.bannerShifts,
    };
  });

/** The browser's install offer, as Chrome fires it once its criteria are met (headless never does). */
const OFFER_INSTALL = () => {
  const event = new Event('beforeinstallprompt', { cancelable: true });
  Object.assign(event, {
    prompt: () => Promise.resolve(),
    userChoice: Promise.resolve({ outcome: 'dismissed' }),
  });
  window.dispatchEvent(event);
};

/** Where the floating "Nouveau contact" button shows, every banner ends above it: none covers it. */
const BUTTON_CLEAR = `(() => {
  const fab = document.querySelector('a.fab:not([hidden])')?.getBoundingClientRect();
  const banners = [...document.querySelectorAll('.banners > *')].map((el) => el.getBoundingClientRect());
  if (!fab || banners.length === 0) return 'no button or no banner';
  return banners.every((banner) => banner.bottom <= fab.top) ? 'clear' : 'covered';
})()`;

describe('first visit', () => {
  it('shows real offline progress, then the ready state, without moving the page', async () => {
    const { context } = await launch({ locale: 'fr-FR', viewport: PHONE });
    await context.addInitScript(RECORDER);
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    const ready = page.locator('.offline-progress[data-state="ready"]');
    await ready.waitFor({ timeout: 60_000 });
    expect(await ready.textContent()).toBe('✓ Disponible hors ligne');
    // On the home page the notice floats above the "Nouveau contact" button, not over it.
    expect(await page.evaluate(BUTTON_CLEAR)).toBe('clear');
    expect(await seriousViolations(page)).toEqual([]);

    const { notices, cls, bannerShifts, moved } = await recorded(page);
    const percents = notices
      .map((text) => /^Préparation hors ligne…\s*(\d+)\s%$/.exec(text)?.[1])
      .filter((value): value is string => value !== undefined)
      .map(Number);
    // Several real steps, rising, below 100 until the worker is active.
    expect(percents.length, notices.join(' | ')).toBeGreaterThan(2);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(Math.max(...percents)).toBeLessThanOrEqual(100);
    expect(percents.some((value) => value > 0 && value < 100)).toBe(true);
    expect(notices.at(-1)).toBe('✓ Disponible hors ligne');
    expect(cls, moved.join(' | ')).toBeLessThanOrEqual(0.01);
    // The notice itself keeps its place and size from the first percent to "ready": nothing in it moves.
    expect(bannerShifts).toBe(0);

    // It goes away by itself; a later visit (already offline-ready) shows no notice at all.
    await ready.waitFor({ state: 'detached', timeout: 10_000 });
    await page.reload();
    await page.locator('main h1').waitFor();
    await page.waitForTimeout(1_500);
    expect((await recorded(page)).notices).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('invites to install after the second meaningful page, never over the page’s end, and remembers "Plus tard"', async () => {
    const { context } = await launch({ locale: 'fr-FR', viewport: PHONE });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    const invite = page.getByRole('region', { name: 'Installer l’application ?' });

    // A list, then a first answer: no invitation yet, even with the browser's offer.
    await openHydrated(page, `${server.url}/guide`);
    await openHydrated(page, `${server.url}/guide/2-4-2`);
    await page.evaluate(OFFER_INSTALL);
    await page.waitForTimeout(2_500);
    expect(await invite.count()).toBe(0);

    await openHydrated(page, `${server.url}/schemes/epide`);
    await page.evaluate(OFFER_INSTALL);
    await invite.waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page)).toEqual([]);
    // Scrolled to the end, the page's last element ends above the invitation: nothing stays hidden under it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const gap = await page.evaluate(() => {
      const last = document.querySelector('main')?.lastElementChild?.getBoundingClientRect();
      const banner = document.querySelector('.install-invite')?.getBoundingClientRect();
      return last && banner ? banner.top - last.bottom : Number.NaN;
    });
    expect(gap).toBeGreaterThanOrEqual(0);

    await invite.getByRole('button', { name: 'Plus tard' }).click();
    await invite.waitFor({ state: 'detached' });
    await openHydrated(page, `${server.url}/vocabulary/nourrice`);
    await page.evaluate(OFFER_INSTALL);
    await page.waitForTimeout(2_500);
    expect(await invite.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps both notices readable at 360 px with 200 % text in dark mode, axe-clean', async () => {
    const { context } = await launch({ locale: 'fr-FR', viewport: PHONE });
    await context.addInitScript(() => {
      localStorage.setItem(
        'limits-terrain:preferences',
        JSON.stringify({ state: { language: 'fr', theme: 'dark', textSize: 200 }, version: 1 }),
      );
      localStorage.setItem('limits-terrain:install-invite', JSON.stringify({ views: 1, lastPath: '/guide/2-4-2' }));
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    const progress = page.locator('.offline-progress');
    await progress.waitFor({ timeout: 60_000 });
    expect(await page.evaluate(BUTTON_CLEAR)).toBe('clear');
    const report = [...(await seriousViolations(page)).map((v) => `progress: ${v}`)];
    const fits = () =>
      page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.banners > *')].map((el) => el.getBoundingClientRect());
        return boxes.length > 0 && boxes.every((box) => box.left >= 0 && box.right <= window.innerWidth);
      });
    expect(await fits()).toBe(true);

    await openHydrated(page, `${server.url}/schemes/epide`);
    await page.evaluate(OFFER_INSTALL);
    await page.getByRole('region', { name: 'Installer l’application ?' }).waitFor({ timeout: 10_000 });
    report.push(...(await seriousViolations(page)).map((v) => `invitation: ${v}`));
    expect(await fits()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(report).toEqual([]);
  });
});
