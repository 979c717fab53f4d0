/**
 * `npm run bench:stats` (issue #16): GET /api/v1/stats over HTTP on a team of 100 000 contacts spread over a
 * year, in a real SQLite file and, with LT_BENCH_PG_URL set (an admin URL of a throwaway cluster; the bench
 * creates and drops its own database), in PostgreSQL. Target: p95 ≤ 200 ms per query on SQLite.
 *
 *   npm run bench:stats
 *   .ci/with-postgres sh -c 'LT_BENCH_PG_URL=$LT_TEST_PG_URL npm run bench:stats'
 *
 * The server is built in this process (buildApp, the production wiring) and asked over real HTTP on 127.0.0.1,
 * one request at a time: the figure is what one coordinator waits for.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../server/app';
import { openPgStores } from '../../server/postgres/pg-stores';
import { openSqliteStores } from '../../server/store/sqlite-stores';
import type { Stores } from '../../server/store/stores';
import { STATS_PATH, StatsResponseSchema } from '../../src/shared/protocol/stats';
import { median, tempDataDir, verdict } from './bench-env';
import { seedStatsTeam } from './stats-fixtures';
import { createBenchDatabase, pgSettings } from './sync-pg';

const CONTACTS = Number(process.env.LT_BENCH_STATS_CONTACTS ?? 100_000);
const RUNS = Number(process.env.LT_BENCH_STATS_RUNS ?? 30);
const WARM_UP = 3;
const TARGET_MS = 200;
const FIRST_DAY = '2025-01-01';

/** The queries a coordinator makes most: the year by month, a quarter by week, with a kind, with a scheme. */
export const STATS_BENCH_QUERIES = [
  { name: 'full year, monthly', query: 'from=2025-01-01&to=2025-12-31&group=month' },
  { name: 'one quarter, weekly', query: 'from=2025-04-01&to=2025-06-30&group=week' },
  { name: 'full year, kind=street', query: 'from=2025-01-01&to=2025-12-31&kind=street' },
  { name: 'year, scheme=prij', query: 'from=2025-01-01&to=2025-12-31&scheme=prij' },
] as const;

export interface StatsBenchFigures {
  store: 'SQLite' | 'PostgreSQL';
  notes: string[];
  seedSeconds: number;
  /** The first request after the import: SQLite builds its per-day sums then (information, no target). */
  firstMs: number;
  rows: Array<{ name: string; p50: number; p95: number; bytes: number }>;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function measure(stores: Stores, store: StatsBenchFigures['store'], notes: string[]): Promise<StatsBenchFigures> {
  const seedStart = performance.now();
  const token = await seedStatsTeam(stores, CONTACTS, FIRST_DAY);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const distDir = tempDataDir();
  mkdirSync(distDir, { recursive: true });
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>bench</title>');
  const app = await buildApp({
    distDir,
    stores,
    logger: false,
    rateLimit: { requestsPerMinute: 1e9, authFailures: 1e9 },
    stats: { now: () => new Date('2026-01-15T12:00:00Z') },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const rows: StatsBenchFigures['rows'] = [];
  let firstMs = NaN;
  try {
    for (const { name, query } of STATS_BENCH_QUERIES) {
      const url = `http://127.0.0.1:${port}${STATS_PATH}?${query}`;
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run < WARM_UP + RUNS; run++) {
        const start = performance.now();
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        const text = await response.text();
        const elapsed = performance.now() - start;
        if (response.status !== 200) throw new Error(`${name}: HTTP ${response.status} ${text}`);
        if (run === 0) StatsResponseSchema.parse(JSON.parse(text));
        bytes = text.length;
        if (run >= WARM_UP) times.push(elapsed);
        if (Number.isNaN(firstMs)) firstMs = elapsed;
      }
      rows.push({ name, p50: median(times), p95: percentile(times, 95), bytes });
    }
  } finally {
    await app.close();
    rmSync(distDir, { recursive: true, force: true });
  }
  return { store, notes, seedSeconds, firstMs, rows };
}

export function printStatsBench(figures: StatsBenchFigures): void {
  console.log(`\n==== GET /api/v1/stats, ${CONTACTS} contacts over a year, ${figures.store} ====`);
  for (const note of figures.notes) console.log(`  (${note})`);
  console.log(`  seeded in ${figures.seedSeconds.toFixed(1)} s; ${RUNS} requests per query after ${WARM_UP} warm-up`);
  console.log(
    `  first request after the import: ${figures.firstMs.toFixed(0)} ms (SQLite builds its per-day sums then; information)`,
  );
  for (const row of figures.rows) {
    console.log(
      `  ${row.name.padEnd(24)} p50 ${row.p50.toFixed(1).padStart(7)} ms   p95 ${row.p95.toFixed(1).padStart(7)} ms   ` +
        `${(row.bytes / 1024).toFixed(1).padStart(5)} KB   target p95 ≤ ${TARGET_MS} ms: ${verdict(row.p95 <= TARGET_MS)}`,
    );
  }
}

export async function measureStatsBench(): Promise<StatsBenchFigures[]> {
  const all: StatsBenchFigures[] = [];
  const dataDir = tempDataDir();
  const sqlite = openSqliteStores(dataDir).stores;
  try {
    all.push(await measure(sqlite, 'SQLite', [`real file in ${dataDir}`]));
  } finally {
    await sqlite.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const adminUrl = process.env.LT_BENCH_PG_URL?.trim();
  if (adminUrl) {
    const database = await createBenchDatabase(adminUrl);
    try {
      const { stores } = await openPgStores(database.url, () => undefined);
      try {
        all.push(await measure(stores, 'PostgreSQL', [await pgSettings(database.url)]));
      } finally {
        await stores.close();
      }
    } finally {
      await database.drop();
    }
  } else {
    console.log('\n(LT_BENCH_PG_URL is not set: PostgreSQL skipped)');
  }
  return all;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const figures of await measureStatsBench()) printStatsBench(figures);
}
