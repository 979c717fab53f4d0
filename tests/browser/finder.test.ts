/**
 * Issue #5 in a real browser, offline: fill the eligibility finder, see the matches with their reasons, keep
 * the answers over a reload (they live in the URL), open a match, come back. Also checks the finder with axe
 * (English; and French at 360 px and 200 % text with the dark theme on), with results and measures on screen.
 * On a 360 × 740 phone in French, the answer is one screen away: a sticky count jumps to the results, ranked by
 * fit, EPIDE among the first five for a young person it suits.
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
    // The first answer brings the sticky count bar up over the questions: tap the next one once it is there,
    // as a reader would (a tap while it slides in can land on it).
    await page
      .locator('main')
      .getByRole('status')
      .getByText(/^\d+ schemes fit/)
      .waitFor();
    await page.getByRole('radio', { name: 'Dropped out of school' }).check();
    await page.getByRole('radio', { name: 'No diploma (or the brevet only)' }).check();

    const matches = page.getByRole('region', { name: 'Schemes that fit' });
    const epide = matches.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^EPIDE/ }) });
    await epide.waitFor();
    // Every answer that speaks for EPIDE: the age, the diploma (its rule and its priority), the schooling.
    expect(await epide.locator('dt:text-is("Why") + dd').textContent()).toBe(
      'age 17; a CAP or BEP at most (no baccalauréat); no diploma (or the brevet only); not in employment, education or training',
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
    // Names what sticks out, if anything does.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName}.${el.className}`),
    );
    expect(wide).toEqual([]);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client + 1);
  });

  it('French, 360 × 740: a sticky count jumps to the results, ranked by fit, EPIDE among the first five', async () => {
    const { context } = await launch({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForContent(page);
    await page.goto(`${server.url}/finder`);
    await page.getByRole('heading', { level: 1, name: 'Quel dispositif ? Aide à l’orientation' }).waitFor();

    await page.getByRole('spinbutton', { name: 'Âge' }).fill('18');
    // The count stays in sight under the questions, with the way to the results (the next tap waits for the
    // bar, as a reader would: a tap while it slides in can land on it).
    const status = page.locator('main').getByRole('status');
    await status.getByText(/^\d+ dispositifs correspondent/).waitFor();
    await page.getByRole('radio', { name: 'En décrochage scolaire' }).check();
    await page.getByRole('radio', { name: 'Sans diplôme (ou brevet seul)' }).check();
    const jump = page.getByRole('button', { name: 'Voir les résultats' });
    const inView = async (box: Promise<{ y: number; height: number } | null>) => {
      const b = await box;
      return b !== null && b.y >= 0 && b.y + b.height <= 740;
    };
    expect(await inView(status.boundingBox())).toBe(true);
    expect(await inView(jump.boundingBox())).toBe(true);
    const results = page.getByRole('heading', { level: 2, name: 'Dispositifs adaptés' });
    expect(await inView(results.boundingBox())).toBe(false);

    await jump.click();
    expect(await inView(results.boundingBox())).toBe(true);
    expect(await results.evaluate((heading) => heading === document.activeElement)).toBe(true);

    // Ranked by fit: EPIDE (age, CAP or BEP at most, no diploma, NEET) in the top group, among the first five
    // cards with the schemes as well supported (E2C, FOQUALE, Service civique).
    const matches = page.getByRole('region', { name: 'Dispositifs adaptés' });
    const cards = matches.locator(':scope > ul > li');
    const firstFive = await cards.evaluateAll((items) =>
      items.slice(0, 5).map((item) => item.querySelector('h3')?.textContent ?? ''),
    );
    expect(firstFive.some((title) => title.startsWith('EPIDE'))).toBe(true);
    const epide = cards.filter({ has: page.getByRole('link', { name: /^EPIDE/ }) });
    const why = (await epide.locator('dt:text-is("Pourquoi") + dd').textContent()) ?? '';
    for (const answer of ['18 ans', 'sans diplôme', 'ni en emploi, ni en études, ni en formation']) {
      expect(why).toContain(answer);
    }
    // One short action per card, the scheme in its accessible name.
    const refer = epide.getByRole('link', { name: 'Orienter vers EPIDE' });
    const visibleLabel = await refer.evaluate((link) =>
      [...link.childNodes]
        .filter((node) => !(node instanceof HTMLElement && node.classList.contains('visually-hidden')))
        .map((node) => node.textContent)
        .join('')
        .trim(),
    );
    expect(visibleLabel).toBe('Orienter');
    expect(await epide.getByRole('link', { name: /^Démarrer une orientation/ }).count()).toBe(0);
    // The English name is a gloss, off by default in French.
    expect(await epide.locator('.gloss').isVisible()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
  it('keeps answers given on the prerendered page before it was interactive, and those given afterwards', async () => {
    const { context } = await launch({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    // Hold the app's scripts back: the reader answers on the prerendered form, as on a slow phone.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/finder`, { waitUntil: 'commit' });
    await page.getByRole('spinbutton', { name: 'Âge' }).fill('18');
    await page.getByRole('radio', { name: 'En décrochage scolaire' }).check();
    // The reader has scrolled down to the questions; hydration must not take the page back to the top (the
    // router's scroll reset did, and a tap aimed at the next question landed on the page's background).
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => window.scrollY > 200);
    const scrolled = await page.evaluate(() => window.scrollY);

    release();
    await page.waitForFunction(() => performance.getEntriesByName('lt:interactive').length > 0, undefined, {
      timeout: 20_000,
    });
    await page.waitForURL(/\?age=18&school=dropped-out$/);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    // Interactive now: a further answer adds to the first two instead of undoing them.
    await page.getByRole('radio', { name: 'Sans diplôme (ou brevet seul)' }).check();
    await page.waitForURL(/\?age=18&school=dropped-out&diploma=none$/);
    expect(await page.getByRole('spinbutton', { name: 'Âge' }).inputValue()).toBe('18');
    expect(await page.getByRole('radio', { name: 'En décrochage scolaire' }).isChecked()).toBe(true);
    await page
      .locator('main')
      .getByRole('status')
      .getByText(/^\d+ dispositifs correspondent/)
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
