/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile preset, simulated throttling) against the production
 * server (the same code as `npm start`) serving dist/; median of 3 runs per metric.
 * Targets (issue #2): performance ≥ 98, accessibility 100, best practices 100, LCP ≤ 1.8 s, TBT ≤ 50 ms,
 * CLS ≤ 0.01.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { resolve } from 'node:path';
import { startServer } from '../../server/start-server';
import { CHROME_ARGS, CHROME_PATH, median, tempDataDir } from './bench-env';

export interface LighthouseFigures {
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
}

const PATHS = ['/', '/guide/2-4-2'];

export async function measureLighthouse(path = '/', runs = 3): Promise<LighthouseFigures> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: tempDataDir(),
    distDir: resolve(process.cwd(), 'dist'),
    logLevel: 'silent',
    trustProxy: false,
  });
  const samples: LighthouseFigures[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: CHROME_PATH,
        chromeFlags: [...CHROME_ARGS, '--headless=new'],
      });
      try {
        const result = await lighthouse(`${server.url}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          formFactor: 'mobile',
          screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
          throttlingMethod: 'simulate',
        });
        if (!result) throw new Error('Lighthouse returned no result');
        const { categories, audits } = result.lhr;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        const numeric = (id: string) => audits[id]?.numericValue ?? NaN;
        samples.push({
          runs: 1,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: numeric('largest-contentful-paint'),
          tbtMs: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
          fcpMs: numeric('first-contentful-paint'),
        });
      } finally {
        chrome.kill();
      }
    }
  } finally {
    await server.close();
  }
  const pick = (key: keyof LighthouseFigures) => median(samples.map((s) => s[key]));
  return {
    runs: samples.length,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    fcpMs: pick('fcpMs'),
  };
}

export function printLighthouse(path: string, f: LighthouseFigures): void {
  console.log(`\n== Lighthouse 12, mobile preset, median of ${f.runs} runs: ${path} ==`);
  console.table([
    { metric: 'performance', value: f.performance, target: '≥ 98' },
    { metric: 'accessibility', value: f.accessibility, target: '100' },
    { metric: 'best practices', value: f.bestPractices, target: '100' },
    { metric: 'seo', value: f.seo, target: '(robots: Disallow /, by design)' },
    { metric: 'LCP', value: `${Math.round(f.lcpMs)} ms`, target: '≤ 1800 ms' },
    { metric: 'TBT', value: `${Math.round(f.tbtMs)} ms`, target: '≤ 50 ms' },
    { metric: 'CLS', value: f.cls.toFixed(3), target: '≤ 0.01' },
    { metric: 'FCP', value: `${Math.round(f.fcpMs)} ms`, target: '' },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const path of PATHS) printLighthouse(path, await measureLighthouse(path));
}
