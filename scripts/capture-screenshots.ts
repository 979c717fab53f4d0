/**
 * `npx tsx scripts/capture-screenshots.ts`: captures the manifest's screenshots (public/screenshots/) from the
 * real build, served by the real server, in Debian's Chromium. Run after `npm run build`, then rebuild so
 * the precache picks them up.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../server/start-server';
import { CHROME_ARGS, CHROME_PATH, tempDataDir } from './bench/bench-env';

const SHOTS = [
  { file: 'home-narrow.png', path: '/', width: 360, height: 740, wait: /LIMITS/ },
  { file: 'vocabulary-narrow.png', path: '/vocabulary', width: 360, height: 740, wait: /Stash keeper/ },
  { file: 'guide-wide.png', path: '/guide/2-4-2', width: 1280, height: 800, wait: /training obligation/ },
];

const out = resolve(process.cwd(), 'public/screenshots');
mkdirSync(out, { recursive: true });
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir: tempDataDir(),
  distDir: resolve(process.cwd(), 'dist'),
  logLevel: 'silent',
  trustProxy: false,
});
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, locale: 'fr-FR' });
    await page.goto(server.url);
    await page.evaluate(() =>
      localStorage.setItem(
        'limits-terrain:preferences',
        JSON.stringify({ state: { language: 'fr', theme: 'light', textSize: 100 }, version: 1 }),
      ),
    );
    await page.goto(`${server.url}${shot.path}`);
    await page.locator('main').getByText(shot.wait).first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: resolve(out, shot.file) });
    await page.close();
    console.log(`captured ${shot.file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
