/**
 * `npm run bench:bundle`: the JavaScript of a first visit to `/` as Chromium fetches it from the production
 * server (see first-visit-js.ts for what counts and how), and the service worker's precache, gzip -9 each.
 * Targets (issue #11): JS fetched before `load` ≤ 140 KB gz; all JS of a first visit (background work included,
 * the service worker's precache aside) ≤ 300 KB gz; precache ≤ 700 KB gz.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { languageOfBuildFile } from '../../src/shared/precache-languages.ts';
import type { PageLanguage } from '../../src/shared/prerendered-pages.ts';
import { BENCH_LOCALE, CHROME_ARGS, CHROME_PATH, kb, startBenchServer, verdict } from './bench-env';

/** The reader the bench plays (BENCH_LOCALE): the edition their service worker downloads. */
const BENCH_LANGUAGE: PageLanguage = 'fr';
import {
  describeJs,
  FIRST_ROUTE_JS_BUDGET_GZ,
  FIRST_VISIT_JS_BUDGET_GZ,
  recordFirstVisitJs,
  type FirstVisitJs,
} from './first-visit-js';

const PRECACHE_BUDGET_GZ = 700 * 1024;
/** After network idle, the first visit is over once no JS request has started for this long. */
const QUIET_MS = 5_000;

export interface BundleFigures {
  firstVisit: FirstVisitJs;
  /** What one reader (BENCH_LANGUAGE) downloads: every reader's files plus that language's edition. */
  precacheGz: number;
  precacheFiles: number;
  /** The whole manifest, both editions (information). */
  precacheAllGz: number;
  precacheAllFiles: number;
}

/**
 * The precache manifest's URLs, from dist/sw.js: workbox's generateSW writes `{url:"…",revision:"…"}` objects,
 * an injected `self.__WB_MANIFEST` is JSON (`{"revision":"…","url":"…"}`); either key order, either quoting.
 */
export function precacheUrls(sw: string): string[] {
  const entry =
    /\{\s*(["']?)(url|revision)\1\s*:\s*(null|"[^"]*"|'[^']*')\s*,\s*(["']?)(url|revision)\4\s*:\s*(null|"[^"]*"|'[^']*')\s*\}/g;
  const urls: string[] = [];
  for (const match of sw.matchAll(entry)) {
    const value = match[2] === 'url' ? match[3] : match[6];
    if (value && value !== 'null') urls.push(value.slice(1, -1));
  }
  return [...new Set(urls)];
}

/**
 * gzip -9 of each precached URL (the built file when there is one, else what the server answers for it), as
 * one reader downloads it: what every reader gets plus their own language's edition (src/sw/sw.ts caches
 * each language's pages, content pack and search index only for a reader of that language), and the whole
 * manifest for information.
 */
async function precacheGz(
  origin: string,
  readerLanguage: PageLanguage,
): Promise<{ bytes: number; files: number; allBytes: number; allFiles: number }> {
  const dist = resolve(process.cwd(), 'dist');
  const urls = precacheUrls(readFileSync(join(dist, 'sw.js'), 'utf8'));
  if (urls.length === 0) throw new Error('No precache manifest found in dist/sw.js: the bench cannot size it.');
  const figures = { bytes: 0, files: 0, allBytes: 0, allFiles: 0 };
  for (const url of urls) {
    const pathname = decodeURIComponent(new URL(url, `${origin}/`).pathname);
    const path = join(dist, pathname);
    let body: Buffer;
    if (existsSync(path) && !path.endsWith('/')) {
      body = readFileSync(path);
    } else {
      const response = await fetch(new URL(url, `${origin}/`));
      if (!response.ok) throw new Error(`Precached ${url}: the server answers ${response.status}`);
      body = Buffer.from(await response.arrayBuffer());
    }
    const size = gzipSync(body, { level: 9 }).length;
    figures.allBytes += size;
    figures.allFiles += 1;
    const lang = languageOfBuildFile(pathname);
    if (lang === undefined || lang === readerLanguage) {
      figures.bytes += size;
      figures.files += 1;
    }
  }
  return figures;
}

export async function measureBundle(): Promise<BundleFigures> {
  const server = await startBenchServer();
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
  try {
    const context = await browser.newContext({ locale: BENCH_LOCALE, viewport: { width: 360, height: 740 } });
    const firstVisit = await recordFirstVisitJs(context, `${server.url}/`, { quietMs: QUIET_MS });
    await context.close();
    const precache = await precacheGz(server.url, BENCH_LANGUAGE);
    return {
      firstVisit,
      precacheGz: precache.bytes,
      precacheFiles: precache.files,
      precacheAllGz: precache.allBytes,
      precacheAllFiles: precache.allFiles,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `files: false`: the table alone (the summary of `npm run bench`). */
export function printBundle(figures: BundleFigures, { files = true } = {}): void {
  const { firstVisit } = figures;
  console.log(`\n== Bundle: first visit to / (${BENCH_LOCALE}), gzip -9 of each JS response ==`);
  console.table([
    {
      metric: 'JS of the first route (requested before load, and until hydrated)',
      value: kb(firstVisit.firstRouteGz),
      target: `≤ ${kb(FIRST_ROUTE_JS_BUDGET_GZ)}`,
      result: verdict(firstVisit.firstRouteGz <= FIRST_ROUTE_JS_BUDGET_GZ),
    },
    {
      metric: 'of which requested before the load event',
      value: kb(firstVisit.beforeLoadGz),
      target: '(information)',
      result: '',
    },
    {
      metric: `all JS of the first visit (until ${QUIET_MS / 1000} s without a new one; precache aside)`,
      value: kb(firstVisit.allGz),
      target: `≤ ${kb(FIRST_VISIT_JS_BUDGET_GZ)}`,
      result: verdict(firstVisit.allGz <= FIRST_VISIT_JS_BUDGET_GZ),
    },
    {
      metric: `precache one ${BENCH_LANGUAGE} reader downloads (${figures.precacheFiles} files)`,
      value: kb(figures.precacheGz),
      target: `≤ ${kb(PRECACHE_BUDGET_GZ)}`,
      result: verdict(figures.precacheGz <= PRECACHE_BUDGET_GZ),
    },
    {
      metric: `precache manifest, both editions (${figures.precacheAllFiles} files)`,
      value: kb(figures.precacheAllGz),
      target: '(information)',
      result: '',
    },
  ]);
  if (!files) return;
  console.log(`load event at ${Math.round(firstVisit.loadMs)} ms. JS requested before it:`);
  console.log(describeJs(firstVisit.files.filter((file) => file.beforeLoad)));
  console.log('JS requested after it:');
  console.log(describeJs(firstVisit.files.filter((file) => !file.beforeLoad)) || '  (none)');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printBundle(await measureBundle());
}
