/**
 * Issue #2: after the first visit every route works offline — by in-app navigation, by reload, by a deep
 * link typed into the address bar, and on a cold start of the browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { cleanupAll, launch, startTestServer, waitForContent, waitForServiceWorker, watchPageErrors } from './harness';
import { MAIN_ROUTES } from './main-routes';

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

async function expectRendered(page: Page, pattern: RegExp): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 10_000 });
  await page.locator('main').getByText(pattern).first().waitFor({ timeout: 10_000 });
}

describe('offline after the first visit', () => {
  it('renders every main route offline by navigation, reload and deep link, and after a cold start', async () => {
    const { context, profileDir } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);

    await context.setOffline(true);
    // In-app navigation: bottom navigation links and in-page links, no network.
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Slang' }).click();
    await expectRendered(page, /Stash keeper/);
    await page
      .getByRole('link', { name: /Nourrice/ })
      .first()
      .click();
    await expectRendered(page, /storing drugs or money/);
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Guide' }).click();
    // Issue #15: the table of contents is chapters; chapter 2 opens onto its sections.
    const chapter = page.locator('.toc__chapter', { has: page.locator('a[href="/guide/2-4-2"]') });
    const toggle = chapter.getByRole('button', { name: /sections$/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.getByRole('link', { name: /16, a pivotal age/ }).click();
    await expectRendered(page, /training obligation/);
    await page.getByRole('link', { name: /Next/ }).click();
    await page.getByRole('heading', { level: 1, name: /Pathways out of delinquency/ }).waitFor();

    // Reload and deep links typed into the address bar.
    for (const route of MAIN_ROUTES) {
      await page.goto(`${server.url}${route.path}`);
      await expectRendered(page, route.expect);
    }
    await page.reload();
    await expectRendered(page, /2024\.08/);
    expect(errors).toEqual([]);
    await context.close();

    // Cold start: the same profile, a new browser process, no network at all.
    const cold = await launch({ profileDir, offline: true });
    const coldPage = cold.context.pages()[0] ?? (await cold.context.newPage());
    await coldPage.goto(`${server.url}/schemes/cej`);
    await expectRendered(coldPage, /Contrat d.engagement jeune/);
    await coldPage.goto(`${server.url}/guide/appendix-1-who`);
    await expectRendered(coldPage, /can and sandwich/);
  });

  it('answers a real 404 for a missing asset while the app shell answers unknown pages', async () => {
    const asset = await fetch(`${server.url}/assets/missing-abc123.js`);
    expect(asset.status).toBe(404);
    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/not found/i);
  });
});
