/**
 * Issue #15, the flow bugs seen on a 360 px phone, in real Chromium: Back to the guide's table of contents
 * lands where the reader was; "Lire en anglais" does not overlap what follows it; footnote references are
 * 24 × 24 px targets (WCAG 2.2, 2.5.8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { cleanupAll, launch, startTestServer, waitForContent, waitForServiceWorker, watchPageErrors } from './harness';

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

const PHONE = { width: 360, height: 740 };

describe('flow fixes at 360 px (issue #15)', () => {
  it('Back from a guide section returns to the same place in the table of contents', async () => {
    const { context } = await launch({ locale: 'fr-FR', viewport: PHONE });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    // A slow phone (CPU 4× slower): Back can then happen before the reloaded page's app has started, and the
    // app used to hydrate the table of contents over the section's markup (React error #418).
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);

    // Within the app, then with the section reloaded: Back then loads the table as a new document, whose
    // prerendered chapters open only once hydrated (the device remembers which).
    for (const round of ['in-app', 'after-reload'] as const) {
      // A reader arriving on the table of contents, opening chapters (a no-op where they are all shown).
      await page.goto(`${server.url}/guide`);
      const toc = page.getByRole('navigation', { name: 'Sommaire' });
      await toc.waitFor();
      const closed = toc.getByRole('button', { expanded: false });
      while ((await closed.count()) > 0) await closed.first().click();
      const bottom = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      expect(bottom).toBeGreaterThan(1500);

      // Scrolled to the end (as a thumb does), the reader opens a short section: its page is shorter than the
      // position to come back to, so a restore made before the table is back on screen would be cut short.
      await page.mouse.move(180, 400);
      await page.mouse.wheel(0, bottom + 500);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(bottom - 2);
      await page.waitForTimeout(300);
      const before = await page.evaluate(() => window.scrollY);
      const href = '/guide/3-1-1';
      // A tap on the link where it is, without the test scrolling it into view first.
      await page.locator(`main nav a[href="${href}"]`).evaluate((a: HTMLAnchorElement) => a.click());
      await page.waitForURL(`${server.url}${href}`);
      await page.locator('main h1').waitFor();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(50);
      if (round === 'after-reload') {
        await page.reload();
        await page.locator('main h1').waitFor();
      }

      await page.goBack();
      await page.waitForURL(`${server.url}/guide`);
      await toc.waitFor();
      await page.waitForTimeout(1000);
      const after = await page.evaluate(() => window.scrollY);
      expect(Math.abs(after - before), `round ${round}: scrolled to ${after}, was at ${before}`).toBeLessThanOrEqual(3);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`the content language switch overlaps nothing, footnote references are 24 × 24 px (${lang})`, async () => {
      const { context } = await launch({ locale: lang === 'fr' ? 'fr-FR' : 'en-GB', viewport: PHONE });
      const page = context.pages()[0] ?? (await context.newPage());
      for (const path of ['/schemes/epide', '/schemes/cej', '/guide/2-4-2', '/vocabulary/nourrice']) {
        await page.goto(`${server.url}${path}`);
        const link = page.locator('.content-language-switch__link');
        await link.waitFor();
        const overlaps = await link.evaluate((switchLink) => {
          const own = switchLink.getBoundingClientRect();
          const hits: string[] = [];
          for (const element of document.querySelectorAll('main *')) {
            if (element.contains(switchLink) || switchLink.contains(element)) continue;
            // Leaves and paragraphs: the text a reader sees, not the boxes that merely contain the switch.
            if (element.children.length > 0 && element.tagName !== 'P') continue;
            const box = element.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) continue;
            const x = Math.min(own.right, box.right) - Math.max(own.left, box.left);
            const y = Math.min(own.bottom, box.bottom) - Math.max(own.top, box.top);
            if (x > 0 && y > 0) hits.push(`${element.tagName}.${element.className} by ${y.toFixed(1)} px`);
          }
          return hits;
        });
        expect(overlaps, path).toEqual([]);
      }

      // A section with footnotes (1.3): every reference is a target of at least 24 × 24 CSS px.
      await page.goto(`${server.url}/guide/1-3`);
      await page.locator('main h1').waitFor();
      const sizes = await page.locator('.footnote-ref a').evaluateAll((links) =>
        links.map((a) => {
          const box = a.getBoundingClientRect();
          return { width: box.width, height: box.height };
        }),
      );
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) {
        expect(size.width).toBeGreaterThanOrEqual(24);
        expect(size.height).toBeGreaterThanOrEqual(24);
      }
      await context.close();
    });
  }

  it('deep links to device pages open without a React Router hydration warning', async () => {
    const { context } = await launch({ locale: 'fr-FR', viewport: PHONE });
    const page = context.pages()[0] ?? (await context.newPage());
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    for (const path of ['/guide/2-4-2', '/contacts/not-a-contact', '/settings', '/join', '/finder?age=17']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForTimeout(300);
    }
    expect(warnings.filter((text) => /HydrateFallback/.test(text))).toEqual([]);
    await context.close();
  });
});
