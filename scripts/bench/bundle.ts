/**
 * `npm run bench:bundle`: initial-route JS (gzipped) and total precache size (gzipped), from the build in
 * dist/ — statically (entry + modulepreload) and as really fetched by Chromium loading the home route.
 * Targets (issue #2): initial JS ≤ 140 KB gz, precache ≤ 700 KB gz.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../../server/start-server';
import { CHROME_ARGS, CHROME_PATH, tempDataDir } from './bench-env';

const dist = resolve(process.cwd(), 'dist');
const gz = (path: string) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface BundleFigures {
  initialJsStaticGz: number;
  initialJsLoadedGz: number;
  initialJsFiles: string[];
  firstVisitJsGz: number;
  precacheGz: number;
  precacheFiles: number;
}

function staticInitialJs(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
  ];
  return [...new Set(srcs.map((m) => m[1] ?? ''))];
}

function precacheEntries(): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/^\//, ''));
}

/** JS fetched to render the home route (until its h1 shows), and all JS of the first visit (incl. seeding). */
async function loadedInitialJs(): Promise<{ render: string[]; firstVisit: string[] }> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: tempDataDir(),
    distDir: dist,
    logLevel: 'silent',
    trustProxy: false,
  });
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const files = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname.slice(1);
      if (path.endsWith('.js') && path !== 'sw.js' && !path.startsWith('workbox-')) files.add(path);
    });
    await page.goto(server.url);
    await page.locator('main h1').waitFor();
    const render = [...files];
    await page.waitForLoadState('networkidle');
    return { render, firstVisit: [...files] };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function measureBundle(): Promise<BundleFigures> {
  const initial = staticInitialJs();
  const loaded = await loadedInitialJs();
  const precache = precacheEntries();
  return {
    initialJsStaticGz: initial.reduce((sum, file) => sum + gz(file), 0),
    initialJsLoadedGz: loaded.render.reduce((sum, file) => sum + gz(file), 0),
    initialJsFiles: loaded.render,
    firstVisitJsGz: loaded.firstVisit.reduce((sum, file) => sum + gz(file), 0),
    precacheGz: precache.reduce((sum, file) => sum + gz(file), 0),
    precacheFiles: precache.length,
  };
}

export function printBundle(figures: BundleFigures): void {
  console.log('\n== Bundle (gzip -9 of the built files) ==');
  console.table([
    { metric: 'initial-route JS, entry + modulepreload', value: kb(figures.initialJsStaticGz), target: '≤ 140 KB' },
    {
      metric: 'initial-route JS, fetched by Chromium to render /',
      value: kb(figures.initialJsLoadedGz),
      target: '≤ 140 KB',
    },
    {
      metric: 'all JS of a first visit (adds background content seeding)',
      value: kb(figures.firstVisitJsGz),
      target: '(after first paint)',
    },
    { metric: `precache (${figures.precacheFiles} files)`, value: kb(figures.precacheGz), target: '≤ 700 KB' },
  ]);
  console.log(`JS fetched to render /: ${figures.initialJsFiles.join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printBundle(await measureBundle());
}
