/**
 * Issue #15, the app shell in real Chromium at 360 × 740: the app bar is one row of the same height in every
 * state (online, offline, team joined with contacts waiting, locked), in French and English, light and dark,
 * at 100 % and 200 % text, and nothing in it wraps; going offline moves nothing on the page; contacts are in
 * the bottom navigation, whose French labels fit; the floating "new contact" button opens the form; axe is
 * clean with the busiest app bar.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import {
  cleanupAll,
  launch,
  seriousViolations,
  startTestServer,
  waitForContent,
  waitForServiceWorker,
  watchPageErrors,
} from './harness';
import { createTeam, newContactRow, openJoinLink, putContactRows, type TestTeam } from './sync-helpers';

let server: RunningServer;
let team: TestTeam;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server.stores);
});

type Language = 'fr' | 'en';
interface Display {
  language: Language;
  theme: 'light' | 'dark';
  textSize: 100 | 200;
}
const DISPLAYS: Display[] = (['fr', 'en'] as const).flatMap((language) =>
  (['light', 'dark'] as const).flatMap((theme) =>
    ([100, 200] as const).map((textSize) => ({ language, theme, textSize })),
  ),
);

async function show(page: Page, path: string, display: Display): Promise<void> {
  await page.evaluate((state) => {
    localStorage.setItem('limits-terrain:preferences', JSON.stringify({ state, version: 1 }));
  }, display);
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector(`html[lang="${display.language}"][data-text-size], html[lang="${display.language}"]`);
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
}

interface BarMeasure {
  height: number;
  /** Visible text of the bar laid out on more than one line, or cut off. */
  broken: string[];
  /** The bar's background, to tell the dark bar from the light one. */
  background: string;
}

/** The app bar's height, and every visible text in it that wraps, overflows or is truncated. */
function measureBar(page: Page): Promise<BarMeasure> {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('header.app-bar');
    if (!bar) throw new Error('no app bar');
    const broken: string[] = [];
    if (bar.scrollWidth > bar.clientWidth) broken.push(`bar overflows: ${bar.scrollWidth} > ${bar.clientWidth}`);
    const walker = document.createTreeWalker(bar, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()];
      // Not rendered (a closed popover's text).
      if (rects.length === 0) continue;
      const tops = new Set(rects.map((rect) => Math.round(rect.top)));
      if (tops.size > 1) broken.push(`wraps: ${node.textContent}`);
      if (parent.scrollWidth > parent.clientWidth) broken.push(`cut: ${node.textContent}`);
      const box = range.getBoundingClientRect();
      const barBox = bar.getBoundingClientRect();
      if (box.top < barBox.top || box.bottom > barBox.bottom) broken.push(`outside the bar: ${node.textContent}`);
    }
    return { height: bar.getBoundingClientRect().height, broken, background: getComputedStyle(bar).backgroundColor };
  });
}

/** Measures the bar on a page in every display; returns one line per display. */
async function measureEverywhere(page: Page, expectVisible: (display: Display) => Promise<void>) {
  const found: { display: string; height: number; broken: string[]; background: string }[] = [];
  for (const display of DISPLAYS) {
    await show(page, '/guide', display);
    await expectVisible(display);
    const measure = await measureBar(page);
    found.push({ display: `${display.language} ${display.theme} ${display.textSize}%`, ...measure });
  }
  return found;
}

describe('app shell at 360 px', () => {
  it('keeps a one-row app bar of one height in every state, language, theme and text size', async () => {
    const { context } = await launch({ viewport: { width: 360, height: 740 } });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    // Both editions stored, so either language opens offline below.
    for (const language of ['fr', 'en'] as const) {
      await show(page, '/', { language, theme: 'light', textSize: 100 });
      await waitForContent(page);
    }

    const heights: Record<string, number[]> = {};
    const broken: string[] = [];
    const record = (phase: string, rows: Awaited<ReturnType<typeof measureEverywhere>>) => {
      heights[phase] = rows.map((row) => row.height);
      for (const row of rows) broken.push(...row.broken.map((text) => `${phase}, ${row.display}: ${text}`));
      return rows;
    };

    // 1. Online, no team: an empty status slot.
    const online = record('online', await measureEverywhere(page, async () => undefined));
    // Dark mode is not a bright bar: the dark bar is darker than the light one.
    const luminance = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, v) => sum + Number(v), 0);
    const lightBar = online.find((row) => row.display === 'fr light 100%');
    const darkBar = online.find((row) => row.display === 'fr dark 100%');
    expect(luminance(darkBar?.background ?? '')).toBeLessThan(luminance(lightBar?.background ?? '') / 2);
    expect(luminance(darkBar?.background ?? '')).toBeLessThan(150);

    // 2. Going offline moves nothing: the status appears in room that was already there.
    await show(page, '/guide', { language: 'fr', theme: 'light', textSize: 100 });
    await page.evaluate(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shift += entry.value;
      }).observe({ type: 'layout-shift' });
    });
    const mainTop = () => page.evaluate(() => document.querySelector('main h1')?.getBoundingClientRect().top);
    const before = await mainTop();
    await context.setOffline(true);
    await page
      .getByRole('status')
      .filter({ hasText: /^Hors ligne/ })
      .waitFor();
    expect(await mainTop()).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThanOrEqual(0.01);
    // Its words one tap away, in a sheet that fits the screen; Escape closes it.
    await page.getByRole('banner').getByRole('button', { name: 'Hors ligne' }).click();
    const sheet = page.getByText(/^Hors ligne\s: le guide, l’argot et vos contacts restent utilisables/);
    await sheet.waitFor();
    const sheetBox = await sheet.boundingBox();
    expect(sheetBox && sheetBox.x >= 0 && sheetBox.x + sheetBox.width <= 360 && sheetBox.y >= 56).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    await context.setOffline(false);

    // 3. In a team, offline, with contacts waiting (and locked after the reload): offline and sync both show.
    await show(page, '/', { language: 'en', theme: 'light', textSize: 100 });
    await openJoinLink(page, `${server.url}/join#invite=${await team.invite()}`);
    await page.getByRole('button', { name: 'Join the team' }).click();
    await page.getByText(`This device is now in team “${team.name}”`).waitFor();
    await context.setOffline(true);
    await putContactRows(page, [newContactRow(0), newContactRow(1), newContactRow(2)]);
    const waiting = { fr: /^Synchronisation de l’équipe\s: 3 à envoyer/, en: /^Team sync: 3 to send/ };
    const offline = { fr: /^Hors ligne/, en: /^Offline/ };
    record(
      'offline + 3 pending',
      await measureEverywhere(page, async ({ language }) => {
        await page.getByRole('link', { name: waiting[language] }).waitFor({ timeout: 15_000 });
        await page.getByRole('status').filter({ hasText: offline[language] }).waitFor();
      }),
    );
    expect(await seriousViolations(page)).toEqual([]);

    // 4. Back online, still locked: the contacts wait for the code.
    await context.setOffline(false);
    const locked = { fr: /déverrouillez pour envoyer/, en: /unlock to sync/ };
    record(
      'online, locked + 3 pending',
      await measureEverywhere(page, async ({ language }) => {
        await page.getByRole('link', { name: locked[language] }).waitFor({ timeout: 15_000 });
      }),
    );

    expect(broken).toEqual([]);
    const all = Object.values(heights).flat();
    expect(all).toHaveLength(3 * DISPLAYS.length);
    expect(new Set(all), JSON.stringify(heights)).toEqual(new Set([56]));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts contacts in the bottom navigation, fits its French labels, and opens the form from the thumb button', async () => {
    const { context } = await launch({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await show(page, '/', { language: 'fr', theme: 'light', textSize: 100 });

    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const items = await nav.getByRole('link').evaluateAll((links) =>
      links.map((link) => {
        const label = link.querySelector('.bottom-nav__label');
        const box = link.getBoundingClientRect();
        const range = document.createRange();
        if (label) range.selectNodeContents(label);
        return {
          text: link.textContent,
          width: box.width,
          height: box.height,
          lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size,
          cut: label ? label.scrollWidth > link.clientWidth : true,
          right: box.right,
        };
      }),
    );
    expect(items.map((item) => item.text)).toEqual(['Guide', 'Argot', 'Dispositifs', 'Orienter', 'Contacts']);
    for (const item of items) {
      expect(item, JSON.stringify(item)).toMatchObject({ lines: 1, cut: false });
      expect(item.width).toBeGreaterThanOrEqual(48);
      expect(item.height).toBeGreaterThanOrEqual(48);
      expect(item.right).toBeLessThanOrEqual(360);
    }

    // The thumb's action on the home screen: bottom right, above the navigation, on screen without scrolling.
    const fab = page.locator('a.fab');
    expect(await fab.getAttribute('title')).toBe('Nouveau contact');
    const fabBox = await fab.boundingBox();
    const navBox = await nav.boundingBox();
    expect(fabBox && navBox).toBeTruthy();
    if (fabBox && navBox) {
      expect(fabBox.x + fabBox.width).toBeLessThanOrEqual(360);
      expect(fabBox.x).toBeGreaterThan(360 / 2 - fabBox.width / 2);
      expect(fabBox.y + fabBox.height).toBeLessThanOrEqual(navBox.y);
      expect(fabBox.height).toBeGreaterThanOrEqual(48);
    }
    expect(await seriousViolations(page)).toEqual([]);
    // Scrolled down to the home page's own "Nouveau contact" button: one such button on screen, not two.
    await page.locator('a.home__new-contact').scrollIntoViewIfNeeded();
    await fab.waitFor({ state: 'hidden' });
    expect(await page.getByRole('link', { name: 'Nouveau contact' }).count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await fab.waitFor();
    await fab.click();
    await page.waitForURL(`${server.url}/contacts/new`);
    // A fresh device: the form sits behind the passcode setup (issue #6).
    await page.getByRole('heading', { level: 1, name: 'Protégez vos contacts par un code' }).waitFor();

    // Contacts from the bottom navigation, marked as the current page; the list offers the same button.
    await nav.getByRole('link', { name: 'Contacts' }).click();
    await page.waitForURL(`${server.url}/contacts`);
    // The router draws the new page in a transition, after the URL has changed.
    await expect.poll(() => nav.getByRole('link', { name: 'Contacts' }).getAttribute('aria-current')).toBe('page');
    await fab.click();
    await page.waitForURL(`${server.url}/contacts/new`);

    // At 200 % text the button stays a 48 px+ target with its name, without covering the screen.
    await show(page, '/', { language: 'fr', theme: 'dark', textSize: 200 });
    const big = await fab.boundingBox();
    expect(big && big.width <= 64 && big.height >= 48).toBe(true);
    expect(await page.getByRole('link', { name: 'Nouveau contact' }).count()).toBeGreaterThanOrEqual(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
