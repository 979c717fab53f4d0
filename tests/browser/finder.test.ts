/**
 * Issue #5 in a real browser, offline: fill the eligibility finder, see the matches with their reasons, keep
 * the answers over a reload (they live in the URL), open a match, come back. Also checks the finder with axe
 * (English; and French at 360 px and 200 % text with the dark theme on), with results and measures on screen.
 */
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

describe('eligibility finder, offline', () => {
  it('fills the finder, sees the matches, keeps the answers over a reload and opens a match', async () => {
    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    await context.setOffline(true);

    await page.getByRole('link', { name: /Which scheme\?/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Which scheme? Eligibility finder' }).waitFor();
    await page.locator('main').getByRole('status').getByText('Answer at least one question').waitFor();

    await page.getByRole('spinbutton', { name: 'Age' }).fill('17');
    await page.getByRole('radio', { name: 'Dropped out of school' }).check();
    await page.getByRole('radio', { name: 'No diploma (or the brevet only)' }).check();

    const matches = page.getByRole('region', { name: 'Schemes that fit' });
    const epide = matches.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^EPIDE/ }) });
    await epide.waitFor();
    expect(await epide.locator('dt:text-is("Why") + dd').textContent()).toBe(
      'age 17; a CAP or BEP at most (no baccalauréat)',
    );
    // Why this answer: each condition with its source, a click away.
    await epide.getByText('Why this answer: the sources').click();
    await epide.getByRole('link', { name: 'service-public.fr, fiche F1190 (Epide)' }).waitFor();
    expect(await page.locator('main').getByRole('status').textContent()).toMatch(/^\d+ schemes fit/);
    await page.waitForURL(/\?age=17&school=dropped-out&diploma=none$/);
    expect(await seriousViolations(page)).toEqual([]);

    // Reload offline: the service worker serves the page and the URL brings the answers back.
    await page.reload();
    await epide.waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Age' }).inputValue()).toBe('17');
    expect(await page.getByRole('radio', { name: 'Dropped out of school' }).isChecked()).toBe(true);

    await epide.getByRole('link', { name: /^EPIDE/ }).click();
    await page.getByRole('heading', { level: 1, name: /insertion dans l.emploi/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/schemes/epide');

    await page.goBack();
    await epide.waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Age' }).inputValue()).toBe('17');
    expect(errors).toEqual([]);
  });

  it('passes axe and fits 360 px with 200 % text, in French with the dark theme', async () => {
    const { context } = await launch({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await waitForContent(page);
    await page.evaluate(() => {
      localStorage.setItem(
        'limits-terrain:preferences',
        JSON.stringify({ state: { theme: 'dark', language: 'fr', textSize: 200 }, version: 1 }),
      );
    });
    await page.goto(
      `${server.url}/finder?age=15&school=dropped-out&offence=yes&family=yes&vulnerable=homeless&facts=misdemeanour&where=hauts-de-france`,
    );
    await page.getByRole('region', { name: 'Pour la famille et le quartier' }).getByRole('listitem').first().waitFor();
    await page.getByRole('region', { name: 'À un critère près' }).getByRole('link').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client + 1);
  });
});
