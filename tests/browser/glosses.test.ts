/**
 * English glosses are an option set before the first paint: on a prerendered page, with the app's scripts
 * blocked, the inline preferences script alone (allowed by its CSP hash) shows or hides them as the reader
 * chose, so they never flash in or out when the app starts. Real Chromium, French phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { cleanupAll, launch, startTestServer } from './harness';

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

describe('English glosses before the app starts', () => {
  it('follow the stored choice on a prerendered page with no app script', async () => {
    const { context } = await launch({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    const page = context.pages()[0] ?? (await context.newPage());
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    // Only the prerendered HTML, its CSS and the inline script: no module runs, no service worker registers.
    await page.route(/\.js(\?|$)/, (route) => route.abort());
    await page.goto(`${server.url}/schemes`);
    const gloss = page.locator('.gloss').first();
    await gloss.waitFor({ state: 'attached' });
    const lang = await page.locator('html').getAttribute('lang');
    const byDefault = lang === 'en';
    expect(await gloss.isVisible()).toBe(byDefault);

    const store = (glosses: boolean | null) =>
      page.evaluate((value) => {
        localStorage.setItem(
          'limits-terrain:preferences',
          JSON.stringify({ state: { language: 'fr', theme: 'system', textSize: 100, glosses: value }, version: 1 }),
        );
      }, glosses);
    await store(!byDefault);
    await page.reload();
    await gloss.waitFor({ state: 'attached' });
    expect(await page.locator('html').getAttribute('data-glosses')).toBe(byDefault ? 'off' : 'on');
    expect(await gloss.isVisible()).toBe(!byDefault);

    await store(null);
    await page.reload();
    await gloss.waitFor({ state: 'attached' });
    expect(await page.locator('html').getAttribute('data-glosses')).toBeNull();
    expect(await gloss.isVisible()).toBe(byDefault);
    expect(blocked).toEqual([]);
  });
});
