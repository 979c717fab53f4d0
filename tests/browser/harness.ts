/**
 * Real-browser test harness: the real server (server/start-server.ts) serving the real build (dist/) with a
 * real SQLite file in a temp dir, and Debian's Chromium driven by playwright-core.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { ServerConfig } from '../../server/config';
import { startServer, type RunningServer } from '../../server/start-server';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const cleanups: (() => Promise<void> | void)[] = [];

export async function cleanupAll(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `overrides`: e.g. raised rate limits for tests that sync many times from one address. */
export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: tempDir('limits-data-'),
    distDir: resolve(process.cwd(), 'dist'),
    logLevel: 'silent',
    trustProxy: false,
    ...overrides,
  });
  cleanups.push(() => server.close());
  return server;
}

export interface LaunchOptions {
  /** Reuse a profile directory (a "cold start" of the same installed app). */
  profileDir?: string;
  locale?: string;
  viewport?: { width: number; height: number };
  offline?: boolean;
}

export async function launch(options: LaunchOptions = {}): Promise<{ context: BrowserContext; profileDir: string }> {
  const profileDir = options.profileDir ?? tempDir('limits-profile-');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 390, height: 844 },
    offline: options.offline ?? false,
  });
  cleanups.push(() => context.close().catch(() => undefined));
  return { context, profileDir };
}

/** Fails the test on any page error or CSP violation, which real users would hit silently. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource.*ERR_INTERNET_DISCONNECTED/.test(message.text())) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return errors;
}

/**
 * Waits until the service worker controls the page (reloading once if the first load raced it). Bounded: a
 * worker whose install fails never becomes ready, and `page.evaluate` has no timeout of its own; a benchmark has
 * no test timeout either (one hung for minutes in its browser part, with no word). It fails saying where the
 * worker stopped.
 */
export async function waitForServiceWorker(page: Page, timeoutMs = 90_000): Promise<void> {
  const state = await page.evaluate(async (ms) => {
    const timedOut = new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), ms));
    return Promise.race([navigator.serviceWorker.ready.then(() => 'ready'), timedOut]);
  }, timeoutMs);
  if (state !== 'ready') {
    const where = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) return 'no registration';
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      return worker ? worker.state : 'no worker';
    });
    throw new Error(`The service worker was not ready after ${timeoutMs} ms (${where})`);
  }
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }
}

/**
 * Polls an async check in the page until it answers true. (page.waitForFunction takes the promise an async
 * function returns for a truthy answer, so with an async check it returns at once.)
 */
export async function pollInPage<A>(
  page: Page,
  check: (arg: A) => Promise<boolean>,
  arg: A,
  { timeoutMs = 30_000, what = 'a condition' }: { timeoutMs?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // Playwright types the argument as its serialisable form; the checks here take plain JSON values.
  const evaluate = page.evaluate.bind(page) as (fn: (arg: A) => Promise<boolean>, arg: A) => Promise<boolean>;
  while (!(await evaluate(check, arg))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await page.waitForTimeout(250);
  }
}

/**
 * Waits until the guide is stored for offline use in the reader's language: the service worker controls the
 * page (it activates once its install, which fills that language's edition, is complete) and the edition's
 * cache holds its content pack and pages (src/sw/sw.ts).
 */
export async function waitForContent(page: Page, timeoutMs = 30_000): Promise<void> {
  await pollInPage(
    page,
    async () => {
      if (!('caches' in window) || !navigator.serviceWorker?.controller) return false;
      const lang = document.documentElement.lang;
      const edition = (await caches.keys()).find((name) => name.startsWith(`limits-edition-${lang}-`));
      if (!edition) return false;
      const paths = (await (await caches.open(edition)).keys()).map((r) => new URL(r.url).pathname);
      return paths.some((path) => path.startsWith(`/assets/content-${lang}-`)) && paths.length > 50;
    },
    undefined,
    { timeoutMs, what: 'the guide stored for offline use' },
  );
}

/** Serious and critical axe violations (WCAG 2.1 A and AA), one line each: an empty list passes. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The passcode the browser tests set on their devices (a phrase, as the setup screen advises). */
export const TEST_PASSCODE = 'quatre mots dans le vent';

export type UiLanguage = 'en' | 'fr';

interface SecurityTexts {
  setup: { title: string; passcode: string; confirm: string; submit: string };
  unlock: { title: string; passcode: string; submit: string; wrong: string; failed: string };
}

/** The app's own security strings, so the helpers drive the real screens in either language. */
function securityTexts(language: UiLanguage): SecurityTexts {
  return JSON.parse(
    readFileSync(resolve(process.cwd(), 'locales', language, 'security.json'), 'utf8'),
  ) as SecurityTexts;
}

/**
 * Sets the device passcode from the screen the contacts pages show before the first contact ([S92]), the way
 * a user does. Leaves the page on the new-contact form, unlocked for this document only (every navigation
 * that loads the page again locks: see `unlock`).
 */
export async function setPasscode(page: Page, origin: string, language: UiLanguage = 'en'): Promise<void> {
  const t = securityTexts(language);
  await page.goto(`${origin}/contacts/new`);
  const title = page.getByRole('heading', { level: 1, name: t.setup.title });
  await title.waitFor({ timeout: 15_000 });
  await page.getByLabel(t.setup.passcode, { exact: true }).fill(TEST_PASSCODE);
  await page.getByLabel(t.setup.confirm, { exact: true }).fill(TEST_PASSCODE);
  await page.getByRole('button', { name: t.setup.submit }).click();
  // PBKDF2 at 600 000 iterations: about a second, far more on a loaded 2-core CI box.
  await title.waitFor({ state: 'detached', timeout: 60_000 });
}

/** Unlocks the contacts from the lock screen, which every page load of a contacts or referral page shows. */
export async function unlock(page: Page, language: UiLanguage = 'en'): Promise<void> {
  const t = securityTexts(language);
  const title = page.getByRole('heading', { level: 1, name: t.unlock.title });
  await title.waitFor({ timeout: 15_000 });
  await page.getByLabel(t.unlock.passcode, { exact: true }).fill(TEST_PASSCODE);
  await page.getByRole('button', { name: t.unlock.submit }).click();
  // A refusal is a failure to name, not a timeout to wait out.
  const refused = page.getByRole('alert').filter({ hasText: new RegExp(`${t.unlock.wrong}|${t.unlock.failed}`) });
  const deadline = Date.now() + 60_000;
  while ((await title.count()) > 0) {
    if ((await refused.count()) > 0) throw new Error(`unlock refused: ${await refused.first().textContent()}`);
    if (Date.now() > deadline) throw new Error('still locked 60 s after "Unlock"');
    await page.waitForTimeout(100);
  }
}

/** Loads a contacts or referral page and unlocks it. */
export async function gotoUnlocked(page: Page, url: string, language: UiLanguage = 'en'): Promise<void> {
  await page.goto(url);
  await unlock(page, language);
}
