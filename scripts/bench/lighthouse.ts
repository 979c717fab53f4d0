/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile preset, simulated throttling) against the production server
 * (the same code as `npm start`) serving dist/; a first visit (each run launches Chrome on a fresh profile) by a
 * French reader (`--accept-lang`/`--lang` fr-FR and an Accept-Language fr-FR header: the server and the app
 * pick the language from them); median of 3 runs per metric, on the routes of issue #11.
 * Targets (issue #11): performance ≥ 98, accessibility 100, best practices 100, LCP ≤ 1.8 s, TBT ≤ 50 ms,
 * CLS ≤ 0.01. Beside them, what to fix: the audits that fail in accessibility and best practices, the LCP element
 * and its phases, and the main-thread time and long tasks per script URL (from the run with the median score).
 * As information, the blocking sum of the tasks after the first paint from wall time and from CPU time
 * (main-thread-cpu.ts): how much of TBT is the page's work and how much the host descheduling the renderer.
 * Then, as information, `/guide/2-4-2` again with Cross-Origin-Opener-Policy added by a proxy (measureWithOpenerPolicy):
 * what the opt-in of docs/SERVER.md costs a first visit.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  BENCH_ACCEPT_LANGUAGE,
  BENCH_LOCALE,
  CHROME_ARGS,
  CHROME_PATH,
  median,
  startBenchServer,
  verdict,
} from './bench-env';
import { startHeaderSettingProxy } from '../../tests/browser/header-setting-proxy';
import { mainThreadCpu, type TraceEvent } from './main-thread-cpu';

export const LIGHTHOUSE_PATHS = ['/', '/guide/2-4-2', '/schemes/epide', '/vocabulary'];
const RUNS = 3;

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /**
   * Lighthouse's measure of the host's CPU (lhr.environment.benchmarkIndex, higher is faster). Simulated
   * throttling multiplies the tasks it observed by 4 whatever the host, so TBT grows on a slower host: this says
   * how fast the machine was when the figures were taken (information).
   */
  benchmarkIndex: number;
  /**
   * Information (main-thread-cpu.ts): Σ max(0, 4 × task − 50 ms) after the first contentful paint, from the tasks'
   * wall time and from the main thread's CPU time in them. The gap is time the host took the thread away.
   */
  blockingFromWallMs: number;
  blockingFromCpuMs: number;
}

interface Diagnostics {
  /** `category: audit id — first detail`, for every weighted audit below a full score in a11y / best practices. */
  failing: string[];
  /** Chromium's Issues panel as Lighthouse collected it (the inspector-issues audit shows only the type). */
  issues: string[];
  lcpElement: string;
  lcpPhases: string;
  /** Main-thread time per script URL (bootup-time), longest first. */
  bootup: { url: string; totalMs: number; scriptingMs: number }[];
  /** Long tasks (long-tasks), longest first. */
  longTasks: { url: string; durationMs: number }[];
}

export interface LighthouseFigures extends Scores {
  path: string;
  runs: number;
  /** Per failing audit, in how many of the runs it failed. */
  failingAudits: Map<string, number>;
  /** From the run whose performance score is the median. */
  diagnostics: Diagnostics;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
type Item = Record<string, unknown>;

function tableItems(lhr: Lhr, id: string): Item[] {
  const details = lhr.audits[id]?.details as { items?: Item[] } | undefined;
  return details?.items ?? [];
}

const short = (text: unknown, max = 110): string => {
  const flat = String(text ?? '').replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function firstDetail(item: Item | undefined): string {
  if (!item) return '';
  if (typeof item.issueType === 'string') {
    const urls = ((item.subItems as { items?: Item[] } | undefined)?.items ?? []).map((sub) => sub.url);
    return `${item.issueType}${urls.length ? ` (${urls.slice(0, 2).join(', ')})` : ''}`;
  }
  const node = item.node as Item | undefined;
  return short(item.description ?? item.value ?? node?.selector ?? node?.snippet ?? item.url ?? '');
}

/** One line per issue of the Issues panel, with the fields that say what to fix (CSP directive, URL…). */
function inspectorIssues(artifacts: unknown): string[] {
  const issues = (artifacts as { InspectorIssues?: Record<string, unknown[]> }).InspectorIssues ?? {};
  return Object.entries(issues).flatMap(([kind, list]) =>
    list.map((issue) => `${kind}: ${short(JSON.stringify(issue), 240)}`),
  );
}

function diagnose(lhr: Lhr, artifacts: unknown): Diagnostics {
  const failing: string[] = [];
  for (const categoryId of ['accessibility', 'best-practices']) {
    for (const ref of lhr.categories[categoryId]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        const detail = firstDetail(tableItems(lhr, ref.id)[0]);
        failing.push(`${categoryId}: ${ref.id}${detail ? ` — ${detail}` : ''}`);
      }
    }
  }
  // largest-contentful-paint-element: a list of two tables, the element, then its phases.
  const lcpDetails = (lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: Item[] }[] })
    ?.items;
  const node = lcpDetails?.[0]?.items?.[0]?.node as Item | undefined;
  const phases = (lcpDetails?.[1]?.items ?? [])
    .map((phase) => `${String(phase.phase)} ${Math.round(Number(phase.timing))} ms`)
    .join(', ');
  const bootup = tableItems(lhr, 'bootup-time')
    .map((item) => ({ url: String(item.url), totalMs: Number(item.total), scriptingMs: Number(item.scripting) }))
    .sort((a, b) => b.totalMs - a.totalMs);
  const longTasks = tableItems(lhr, 'long-tasks')
    .map((item) => ({ url: String(item.url), durationMs: Number(item.duration) }))
    .sort((a, b) => b.durationMs - a.durationMs);
  return {
    failing,
    issues: inspectorIssues(artifacts),
    lcpElement: node ? `${short(node.selector, 80)} — "${short(node.nodeLabel, 80)}"` : '(none reported)',
    lcpPhases: phases,
    bootup,
    longTasks,
  };
}

async function runOnce(url: string): Promise<{ scores: Scores; diagnostics: Diagnostics }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    // Headless Chromium takes navigator.languages from --accept-lang (--lang alone leaves it en-US).
    chromeFlags: [
      ...CHROME_ARGS,
      '--headless=new',
      `--lang=${BENCH_LOCALE}`,
      `--accept-lang=${BENCH_ACCEPT_LANGUAGE.replace(/;q=[\d.]+/g, '')}`,
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      formFactor: 'mobile',
      screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
      throttlingMethod: 'simulate',
      extraHeaders: { 'Accept-Language': BENCH_ACCEPT_LANGUAGE },
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const trace = (result.artifacts as { Trace?: { traceEvents?: TraceEvent[] } }).Trace;
    const cpu = mainThreadCpu(trace?.traceEvents ?? []);
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: numeric('largest-contentful-paint'),
        tbtMs: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        fcpMs: numeric('first-contentful-paint'),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        blockingFromWallMs: cpu?.blockingFromWallMs ?? NaN,
        blockingFromCpuMs: cpu?.blockingFromCpuMs ?? NaN,
      },
      diagnostics: diagnose(lhr, result.artifacts),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * A run that Lighthouse itself reports as broken (NO_NAVSTART, NO_FCP… on a loaded machine; its message says
 * "run Lighthouse again") is run again, up to twice, and said so; a run never counts with a broken trace.
 */
async function runRetrying(url: string): Promise<{ scores: Scores; diagnostics: Diagnostics }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.warn(`${(error as Error).message} — running it again (attempt ${attempt + 1} of 3).`);
    }
  }
}

/** `runs` Lighthouse runs of `path`, on `server` (or a server of its own). */
export async function measureLighthouse(path = '/', runs = RUNS, server?: { url: string }): Promise<LighthouseFigures> {
  const own = server ? undefined : await startBenchServer();
  const origin = (server ?? own)?.url ?? '';
  const samples: { scores: Scores; diagnostics: Diagnostics }[] = [];
  try {
    for (let i = 0; i < runs; i++) samples.push(await runRetrying(`${origin}${path}`));
  } finally {
    await own?.close();
  }
  const pick = (key: keyof Scores) => median(samples.map((s) => s.scores[key]));
  const failingAudits = new Map<string, number>();
  for (const sample of samples) {
    for (const line of sample.diagnostics.failing) failingAudits.set(line, (failingAudits.get(line) ?? 0) + 1);
  }
  const byScore = [...samples].sort((a, b) => a.scores.performance - b.scores.performance);
  const medianRun = byScore[Math.floor((byScore.length - 1) / 2)];
  if (!medianRun) throw new Error('no Lighthouse run');
  return {
    path,
    runs: samples.length,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    fcpMs: pick('fcpMs'),
    benchmarkIndex: pick('benchmarkIndex'),
    blockingFromWallMs: pick('blockingFromWallMs'),
    blockingFromCpuMs: pick('blockingFromCpuMs'),
    failingAudits,
    diagnostics: medianRun.diagnostics,
  };
}

/** Every route of issue #11 on one server. */
export async function measureLighthouseRoutes(paths = LIGHTHOUSE_PATHS): Promise<LighthouseFigures[]> {
  const server = await startBenchServer();
  try {
    const figures: LighthouseFigures[] = [];
    for (const path of paths) figures.push(await measureLighthouse(path, RUNS, server));
    return figures;
  } finally {
    await server.close();
  }
}

/** The route also measured with Cross-Origin-Opener-Policy (information): the longest page of the four. */
export const OPENER_POLICY_PATH = '/guide/2-4-2';
const OPENER_POLICY = 'cross-origin-opener-policy';

/** The header as a browser would receive it for a first visit to `path` on `origin`. */
async function openerPolicyOf(origin: string, path: string): Promise<string | null> {
  const response = await fetch(`${origin}${path}`, {
    headers: { accept: 'text/html', 'accept-language': BENCH_ACCEPT_LANGUAGE },
  });
  await response.arrayBuffer();
  return response.headers.get(OPENER_POLICY);
}

/**
 * The same build and server with `Cross-Origin-Opener-Policy: same-origin` added by a proxy, on one route:
 * information beside the targets, not a target. The server does not send it (docs/SERVER.md, "Security headers",
 * says why and how an operator adds it back). Lighthouse opens each URL from about:blank; COOP makes Chromium
 * leave that document's browsing context group, so the page starts in a new renderer process — a longer
 * navigation commit, then a cold process for the work after the first paint. This shows what that costs on the
 * run's host.
 */
export async function measureWithOpenerPolicy(path = OPENER_POLICY_PATH): Promise<LighthouseFigures> {
  const server = await startBenchServer();
  const proxy = await startHeaderSettingProxy(server.url, { [OPENER_POLICY]: 'same-origin' });
  try {
    const [shipped, proxied] = [await openerPolicyOf(server.url, path), await openerPolicyOf(proxy.url, path)];
    if (shipped !== null || proxied !== 'same-origin') {
      throw new Error(
        `${path}: COOP "${shipped}" from the server and "${proxied}" through the proxy (expected none, same-origin)`,
      );
    }
    return await measureLighthouse(path, RUNS, proxy);
  } finally {
    await proxy.close();
    await server.close();
  }
}

export function printOpenerPolicyCost(all: LighthouseFigures[], withPolicy: LighthouseFigures): void {
  const shipped = all.find((f) => f.path === withPolicy.path);
  console.log(
    `\n== Information: ${withPolicy.path} without and with Cross-Origin-Opener-Policy (same build and server; ` +
      `median of ${withPolicy.runs}) ==`,
  );
  const row = (served: string, f: LighthouseFigures) => ({
    served,
    performance: f.performance,
    TBT: `${Math.round(f.tbtMs)} ms`,
    FCP: `${Math.round(f.fcpMs)} ms`,
    LCP: `${Math.round(f.lcpMs)} ms`,
    'host benchmarkIndex': Math.round(f.benchmarkIndex),
  });
  console.table([
    ...(shipped ? [row('no COOP (as shipped)', shipped)] : []),
    row('COOP same-origin (added by a proxy)', withPolicy),
  ]);
}

/** The targets, one row each: [label, shown value, target, met]. */
export function lighthouseTargets(f: Scores): [string, string, string, boolean][] {
  return [
    ['performance', String(f.performance), '≥ 98', f.performance >= 98],
    ['accessibility', String(f.accessibility), '100', f.accessibility >= 100],
    ['best practices', String(f.bestPractices), '100', f.bestPractices >= 100],
    ['LCP', `${Math.round(f.lcpMs)} ms`, '≤ 1800 ms', f.lcpMs <= 1800],
    ['TBT', `${Math.round(f.tbtMs)} ms`, '≤ 50 ms', f.tbtMs <= 50],
    ['CLS', f.cls.toFixed(3), '≤ 0.01', f.cls <= 0.01],
  ];
}

const origin = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

export function printLighthouse(f: LighthouseFigures): void {
  console.log(
    `\n== Lighthouse 12, mobile preset, ${BENCH_LOCALE}, first visit, median of ${f.runs} runs: ${f.path} ==`,
  );
  console.table([
    ...lighthouseTargets(f).map(([metric, value, target, met]) => ({ metric, value, target, result: verdict(met) })),
    { metric: 'seo', value: String(f.seo), target: '(robots: Disallow /, by design)', result: '' },
    { metric: 'FCP', value: `${Math.round(f.fcpMs)} ms`, target: '', result: '' },
    { metric: 'host benchmarkIndex', value: String(Math.round(f.benchmarkIndex)), target: '(information)', result: '' },
    {
      metric: 'blocking × 4 from wall time',
      value: `${Math.round(f.blockingFromWallMs)} ms`,
      target: '(information)',
      result: '',
    },
    {
      metric: 'blocking × 4 from CPU time',
      value: `${Math.round(f.blockingFromCpuMs)} ms`,
      target: '(information)',
      result: '',
    },
  ]);
  const d = f.diagnostics;
  console.log(`LCP element: ${d.lcpElement}${d.lcpPhases ? `\n  phases: ${d.lcpPhases}` : ''}`);
  console.log('Failing accessibility / best-practices audits:');
  console.log(
    [...f.failingAudits].map(([line, count]) => `  ${line} (${count}/${f.runs} runs)`).join('\n') || '  (none)',
  );
  if (d.issues.length > 0) console.log(`Issues panel:\n${d.issues.map((line) => `  ${line}`).join('\n')}`);
  console.log('Main-thread time by script (bootup-time, top 5):');
  console.log(
    d.bootup
      .slice(0, 5)
      .map((b) => `  ${Math.round(b.totalMs)} ms (scripting ${Math.round(b.scriptingMs)} ms)  ${origin(b.url)}`)
      .join('\n') || '  (none)',
  );
  console.log('Long tasks (long-tasks, top 5):');
  console.log(
    d.longTasks
      .slice(0, 5)
      .map((t) => `  ${Math.round(t.durationMs)} ms  ${origin(t.url)}`)
      .join('\n') || '  (none)',
  );
}

/** All routes side by side: each cell is the median figure and MET / MISSED against its target. */
export function printLighthouseSummary(all: LighthouseFigures[]): void {
  console.log(`\n== Lighthouse 12 (mobile, ${BENCH_LOCALE}, median of ${RUNS}): all routes ==`);
  console.table(
    all.map((f) =>
      Object.fromEntries([
        ['route', f.path],
        ...lighthouseTargets(f).map(([metric, value, target, met]) => [
          `${metric} (${target})`,
          `${value} ${verdict(met)}`,
        ]),
        ['host benchmarkIndex', Math.round(f.benchmarkIndex)],
        [
          'blocking ×4 wall / CPU (info)',
          `${Math.round(f.blockingFromWallMs)} / ${Math.round(f.blockingFromCpuMs)} ms`,
        ],
      ]),
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npm run bench:lighthouse -- /schemes/epide`: only the routes named (every route of issue #11 by default).
  const named = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
  const all = await measureLighthouseRoutes(named.length > 0 ? named : LIGHTHOUSE_PATHS);
  for (const figures of all) printLighthouse(figures);
  const withOpenerPolicy = all.some((f) => f.path === OPENER_POLICY_PATH) ? await measureWithOpenerPolicy() : undefined;
  printLighthouseSummary(all);
  if (withOpenerPolicy) printOpenerPolicyCost(all, withOpenerPolicy);
}
