/**
 * Issue #3 in a real browser: after a first visit, offline, queries typed into the real search field find the
 * right entry first, as the user types; a result opens the exact place (a guide example scrolls into view below
 * the sticky header); and /search?q=… is a deep link that works offline, also after a reload.
 */
import type { Locator, Page } from 'playwright-core';
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

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

/** The results list once it shows `query` (it says which query it shows), and its first result link. */
async function firstResult(page: Page, query: string): Promise<Locator> {
  const results = page.locator(`.search-results[data-query="${query}"]`);
  await results.waitFor({ timeout: 10_000 });
  return results.locator('a[data-search-result]').first();
}

/**
 * Types into the page's search field as a user would: "/" to focus it, then, once the field has the focus (on a
 * page without one, "/" opens the search page, whose code may still be loading offline), key by key.
 */
async function typeQuery(page: Page, query: string): Promise<void> {
  // The shortcut is the app's, so it works once the page is interactive (after a reload, the prerendered page
  // shows before that: CI pressed "/" on it once, and nothing listened yet).
  await page.waitForFunction(() => performance.getEntriesByName('lt:interactive').length > 0, undefined, {
    timeout: 20_000,
  });
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.matches('input[type="search"]') === true, undefined, {
    timeout: 10_000,
  });
  await page.keyboard.type(query, { delay: 20 });
}

/** The element is on screen and not hidden under the sticky header. */
async function expectInView(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (target) => {
      const element = document.getElementById(target);
      const header = document.querySelector('.app-bar');
      if (!element || !header) return false;
      const top = element.getBoundingClientRect().top;
      return top >= header.getBoundingClientRect().bottom - 1 && top < window.innerHeight / 2;
    },
    id,
    { timeout: 10_000 },
  );
}

describe('search, offline', () => {
  it('finds and opens entries typed into the real field, and deep links work offline', async () => {
    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    await context.setOffline(true);

    // From the home screen's box: results as the user types, on the search page.
    await typeQuery(page, 'defaucher');
    let first = await firstResult(page, 'defaucher');
    expect(await first.textContent()).toBe('(Se) défaucher');
    // The URL follows once the typing pauses.
    await page.waitForURL(`${server.url}/search?q=defaucher`);
    await first.click();
    await page.getByRole('heading', { level: 1, name: /défaucher/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/vocabulary/defaucher');

    // From any other page, "/" opens the full-screen search: an English gloss finds the French term.
    await typeQuery(page, 'lookout');
    first = await firstResult(page, 'lookout');
    expect(await first.textContent()).toBe('Guetteur / chouf');
    await first.click();
    await page.getByRole('heading', { level: 1, name: /Guetteur/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/vocabulary/guetteur');
    // Back: the search as it was, even though the result was opened right after typing.
    await page.goBack();
    first = await firstResult(page, 'lookout');
    expect(await first.textContent()).toBe('Guetteur / chouf');
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('lookout');
    expect(page.url()).toBe(`${server.url}/search?q=lookout`);

    // A French scheme name, accents and all.
    await typeQuery(page, 'école de la deuxième chance');
    first = await firstResult(page, 'école de la deuxième chance');
    expect(await first.textContent()).toMatch(/^E2C/);
    await first.click();
    await page.getByRole('heading', { level: 1, name: /E2C|deuxième chance/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/schemes/e2c');

    // A typo: the matched headword is marked in the title.
    await typeQuery(page, 'chuf');
    first = await firstResult(page, 'chuf');
    expect(await first.textContent()).toBe('Guetteur / chouf');
    expect(await first.locator('mark').allTextContents()).toEqual(['chouf']);
    expect(await page.getByRole('status').filter({ hasText: 'chuf' }).textContent()).toMatch(/results? for “chuf”/);

    // Issue #15: spelled by ear (three edits from the headword), and a phrase quoted from the guide.
    // (The search page's field has the focus: cleared, then typed into.)
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.keyboard.type('nourisse', { delay: 20 });
    first = await firstResult(page, 'nourisse');
    expect(await first.textContent()).toBe('Nourrice');
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.keyboard.type('prévention par les pairs', { delay: 20 });
    first = await firstResult(page, 'prévention par les pairs');
    expect(await first.getAttribute('href')).toMatch(/^\/guide\/2-1-1(\?|$)/);

    // A guide example: opens its section scrolled to the example, below the sticky header.
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.keyboard.type('forum theatre', { delay: 20 });
    first = await firstResult(page, 'forum theatre');
    expect(await first.getAttribute('href')).toBe('/guide/2-1-1#example-lille-forum-theatre');
    await first.click();
    await expectInView(page, 'example-lille-forum-theatre');
    expect(new URL(page.url()).pathname).toBe('/guide/2-1-1');

    // A Table 1 factor lands on its card too.
    await typeQuery(page, 'pursuit of money');
    first = await firstResult(page, 'pursuit of money');
    await first.click();
    await expectInView(page, 'factor-minor-money');

    // Deep link typed into the address bar, offline, then reloaded.
    await page.goto(`${server.url}/search?q=nourrice`);
    first = await firstResult(page, 'nourrice');
    expect(await first.textContent()).toBe('Nourrice');
    await page.reload();
    first = await firstResult(page, 'nourrice');
    expect(await first.textContent()).toBe('Nourrice');
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('nourrice');

    expect(errors).toEqual([]);
  });

  it('passes axe with results, with none, and with the app bar’s search button (English and French)', async () => {
    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await waitForContent(page);
    const report: Record<string, string[]> = {};
    const pages = [
      { language: 'en', path: '/search?q=parents', ready: '.search-results[data-query="parents"]' },
      { language: 'en', path: '/search?q=gueztoour', ready: '.search-results[data-query="gueztoour"]' },
      { language: 'fr', path: '/search', ready: '.search-results[data-query=""]' },
      { language: 'fr', path: '/guide/2-4-2', ready: 'header a[href="/search"]' },
    ];
    for (const { language, path, ready } of pages) {
      await page.evaluate((lang) => {
        localStorage.setItem(
          'limits-terrain:preferences',
          JSON.stringify({ state: { theme: 'system', language: lang, textSize: 100 }, version: 1 }),
        );
      }, language);
      await page.goto(`${server.url}${path}`);
      await page.locator(ready).waitFor();
      const found = await seriousViolations(page);
      if (found.length) report[`${language} ${path}`] = found;
    }
    expect(report).toEqual({});
    // The app bar holds a search button, no field: the search page is where one types.
    expect(await page.getByRole('searchbox').count()).toBe(0);
    await page.getByRole('banner').getByRole('link', { name: 'Rechercher' }).click();
    await page.waitForURL(`${server.url}/search`);
    // The search page is its own chunk: the URL changes before its field is drawn.
    await page.getByRole('searchbox', { name: 'Rechercher' }).waitFor();
    expect(await page.getByRole('searchbox').count()).toBe(1);
  });
});
