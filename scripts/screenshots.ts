/**
 * `npm run screenshots` (after `npm run build`): captures the user guide's pictures (docs/screenshots/*.png)
 * from the real build, served by the real server, in Debian's Chromium — so the guide shows the app as it is.
 * French, 360 × 740 (a common phone), light theme, plus two pages in dark mode. Deterministic: a fixed clock
 * (dates shown on contacts), fonts and network settled, animations off, the first visit's notices gone.
 * The contacts pages go through the app's own screens: a team joined with a one-time invite (made with the
 * server's admin code), the passcode set and typed as a worker would, contacts recorded offline.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  cleanupAll,
  launch,
  startTestServer,
  unlock,
  waitForContent,
  waitForServiceWorker,
} from '../tests/browser/harness';
import { createTeam, joinTeamViaLink, type TestTeam } from '../tests/browser/sync-helpers';

const OUT = resolve(process.cwd(), 'docs/screenshots');
const PHONE = { width: 360, height: 740 };
/** Noon UTC on a fixed day: the contacts' dates never depend on when the script runs. */
const FIXED_TIME = new Date('2026-03-10T12:00:00Z');
/** The finder filled in for a 17-year-old who left school, living in a priority neighbourhood (QPV). */
const FINDER_ANSWERS = 'age=17&school=dropped-out&qpv=yes&where=hauts-de-france';

type Theme = 'light' | 'dark';

async function setPreferences(page: Page, language: 'fr' | 'en', theme: Theme): Promise<void> {
  await page.evaluate(
    ({ state, now }) => {
      localStorage.setItem('limits-terrain:preferences', JSON.stringify({ state, version: 1 }));
      // Headless Chromium offers installation too: "Plus tard" already said, so no invitation covers a page.
      localStorage.setItem('limits-terrain:install-invite', JSON.stringify({ views: 0, dismissedAt: now }));
    },
    { state: { language, theme, textSize: 100 }, now: FIXED_TIME.getTime() },
  );
}

/** Opens a page and waits until it is the page a user would see: hydrated, fonts loaded, nothing loading. */
async function open(page: Page, url: string, { locked = false } = {}): Promise<void> {
  await page.goto(url);
  if (locked) await unlock(page, 'fr');
  // (The app's 'lt:interactive' mark cannot be read here: Playwright's fixed clock replaces `performance`.)
  await page.locator('main h1').first().waitFor();
  await settle(page);
}

/** Once the device is in a team, its header shows the sync state: a picture waits until it says something. */
let inTeam = false;

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  if (inTeam) {
    await page
      .waitForFunction(() => {
        const indicators = [...document.querySelectorAll('.sync-indicator')];
        return indicators.length > 0 && indicators.every((el) => (el.textContent ?? '').trim() !== '');
      })
      .catch(() => {
        throw new Error(
          `${page.url()}: the header's sync state (.sync-indicator) never showed; did the header change?`,
        );
      });
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // No notice of the app about itself (first-visit progress, install invitation) in a picture of a page.
  await page.locator('.offline-progress, .install-invite').waitFor({ state: 'detached', timeout: 15_000 });
  await page.waitForTimeout(300);
}

async function shot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: resolve(OUT, file), animations: 'disabled', caret: 'hide' });
  console.log(`captured docs/screenshots/${file}`);
}

async function recordContactOffline(page: Page, origin: string, place: string): Promise<void> {
  await open(page, `${origin}/contacts/new`, { locked: true });
  await page.locator('#contact-place').fill(place);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(`${origin}/contacts`);
}

async function capture(context: BrowserContext, origin: string, team: TestTeam) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.clock.setFixedTime(FIXED_TIME);
  await page.goto(origin);
  await waitForServiceWorker(page);
  await waitForContent(page);

  // The reading screens first, as a reader without a team sees them.
  await setPreferences(page, 'fr', 'light');
  await open(page, origin);
  await shot(page, 'home.png');
  await open(page, `${origin}/guide`);
  await shot(page, 'guide-contents.png');
  await open(page, `${origin}/guide/2-4-2`);
  await shot(page, 'guide-section.png');
  await open(page, `${origin}/vocabulary/nourrice`);
  await shot(page, 'vocabulary-nourrice.png');
  await open(page, `${origin}/schemes/epide`);
  await shot(page, 'scheme-epide.png');
  await open(page, `${origin}/finder?${FINDER_ANSWERS}`);
  await shot(page, 'finder-answers.png');
  await page.locator('.finder-results').evaluate((results) => results.scrollIntoView({ block: 'start' }));
  await settle(page);
  await shot(page, 'finder-results.png');
  await setPreferences(page, 'fr', 'dark');
  await open(page, origin);
  await shot(page, 'home-dark.png');
  await open(page, `${origin}/schemes/epide`);
  await shot(page, 'scheme-epide-dark.png');

  // The team and the passcode, through the real join screens (the helpers speak English).
  await setPreferences(page, 'en', 'light');
  await joinTeamViaLink(page, origin, team);
  inTeam = true;
  await setPreferences(page, 'fr', 'light');
  await open(page, `${origin}/contacts/new`, { locked: true });
  await shot(page, 'contact-form.png');

  // In the field, without a network: two contacts wait to be sent; the header says so.
  await context.setOffline(true);
  // Twenty-five minutes apart, so the list's order (newest first) never depends on their random ids.
  await page.clock.setFixedTime(FIXED_TIME.getTime() - 25 * 60_000);
  await recordContactOffline(page, origin, 'Hall B, cité des Tilleuls');
  await page.clock.setFixedTime(FIXED_TIME);
  await recordContactOffline(page, origin, 'Gare routière');
  // Through the home page, so the list opens as from the menu (without the "saved" notice of the form).
  await open(page, origin);
  await open(page, `${origin}/contacts`, { locked: true });
  // The pending rows under the header that says they wait (the header stays on screen as the page scrolls).
  await page
    .locator('.contact-card')
    .first()
    .evaluate((row) => row.scrollIntoView({ block: 'center' }));
  await settle(page);
  await shot(page, 'contacts-offline.png');
  await context.setOffline(false);
  // Back online, unlocked: the two contacts are sent; the settings then show a settled team state.
  await page
    .locator('.contact-card')
    .filter({ hasText: 'En attente d’envoi' })
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 });
  await open(page, `${origin}/settings`);
  await shot(page, 'settings.png');
}

// The contacts' times as a French team reads them, whatever the machine's own zone (Chromium inherits it).
process.env.TZ = 'Europe/Paris';
mkdirSync(OUT, { recursive: true });
try {
  const server = await startTestServer();
  const team = await createTeam(server.stores, 'Équipe Nord', 'Téléphone de Sam');
  const { context } = await launch({ locale: 'fr-FR', viewport: PHONE });
  await capture(context, server.url, team);
} finally {
  await cleanupAll();
}
