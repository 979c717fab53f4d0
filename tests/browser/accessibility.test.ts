/**
 * Issue #2: every main page passes axe with no serious or critical violation, in English and in French,
 * and stays usable at 360 px wide and with 200 % text (no sideways scrolling of the page).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { cleanupAll, launch, seriousViolations, startTestServer, waitForContent } from './harness';
import { MAIN_ROUTES } from './main-routes';

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

async function setPreferences(page: Page, prefs: { language: 'fr' | 'en'; textSize: number; theme?: string }) {
  await page.evaluate((state) => {
    localStorage.setItem(
      'limits-terrain:preferences',
      JSON.stringify({ state: { theme: 'system', ...state }, version: 1 }),
    );
  }, prefs);
}

async function openAt(page: Page, path: string, pattern: RegExp): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.locator('main').getByText(pattern).first().waitFor({ timeout: 10_000 });
}

describe('accessibility', () => {
  it('has no serious or critical axe violation on any main page (English UI)', async () => {
    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await setPreferences(page, { language: 'en', textSize: 100 });
    await waitForContent(page);
    const report: Record<string, string[]> = {};
    for (const route of MAIN_ROUTES) {
      await openAt(page, route.path, route.expect);
      const found = await seriousViolations(page);
      if (found.length) report[route.path] = found;
    }
    expect(report).toEqual({});
  });

  it('works in French: French labels, lang="fr", and no serious axe violation (dark theme)', async () => {
    const { context } = await launch({ locale: 'fr-FR' });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await setPreferences(page, { language: 'fr', textSize: 100, theme: 'dark' });
    await waitForContent(page);
    await page.goto(`${server.url}/schemes`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Dispositifs' })
      .waitFor();
    const report: Record<string, string[]> = {};
    for (const route of MAIN_ROUTES) {
      await openAt(page, route.path, route.expect);
      const found = await seriousViolations(page);
      if (found.length) report[route.path] = found;
    }
    expect(report).toEqual({});
  });

  it('fits 360 px wide at 100 % and 200 % text without sideways scrolling', async () => {
    const { context } = await launch({ viewport: { width: 360, height: 740 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await waitForContent(page);
    const overflowing: string[] = [];
    for (const textSize of [100, 200]) {
      await setPreferences(page, { language: 'fr', textSize });
      for (const route of MAIN_ROUTES) {
        await openAt(page, route.path, route.expect);
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          fontSize: getComputedStyle(document.documentElement).fontSize,
        }));
        expect(widths.fontSize).toBe(`${(16 * textSize) / 100}px`);
        if (widths.scroll > widths.client + 1) overflowing.push(`${route.path} @${textSize}%: ${widths.scroll}px`);
      }
    }
    expect(overflowing).toEqual([]);
  });
});
