/**
 * `npm run bench:sync`: the team sync server under load (issue #4, issue #14 targets), on SQLite and, when
 * LT_BENCH_PG_URL is set, on PostgreSQL.
 *
 * (a) Ingest of 10 000 contacts over HTTP in batches of 100, against a raw insert loop of the same rows into the
 *     same kind of database (sync-raw.ts), one transaction per 100 rows like the server, batch by batch in turn.
 *     Targets: SQLite ≥ 0.7 × raw better-sqlite3; PostgreSQL ≥ 0.5 × raw `pg`.
 * (b) Closed loop, 100 connections posting 50-contact batches for 10 s: the maximum throughput (information:
 *     its latency is queueing, Little's law).
 * (c) Open loop at half that maximum (autocannon's overallRate). Target: p99 ≤ 100 ms, 0 errors, 0 non-2xx.
 * (d) PostgreSQL only: two server instances on the same database vs one, closed loop, throughput ratio.
 * Below each table: a batch's median time split between the HTTP exchange and the server's phases (sync-timings.ts).
 *
 * LT_BENCH_PG_URL is an admin URL of a throwaway cluster (postgres://postgres@127.0.0.1:PORT/postgres): the bench
 * creates its own database there and drops it at the end. `.ci/with-postgres` makes such a cluster:
 *   .ci/with-postgres sh -c 'LT_BENCH_PG_URL=$LT_TEST_PG_URL npm run bench:sync'
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Contact } from '../../src/shared/protocol/protocol';
import { median, tempDataDir, verdict } from './bench-env';
import {
  adminWorkerToken,
  benchContact,
  closeAgent,
  health,
  postBatch,
  startBareHttpServer,
  startBenchServer,
  type BenchStore,
} from './sync-fixtures';
import { closedLoop, closedLoopSpread, openLoop, waitUntilIdle, type LoadFigures } from './sync-load';
import { createBenchDatabase, pgSettings } from './sync-pg';
import { rawPgInserter, rawSqliteInserter, type RawInserter } from './sync-raw';
import { readSyncTimings, type SyncTimingMedians } from './sync-timings';
import { httpCeilingRatio } from './sync-bare-reply';

const DEFAULTS = { contacts: 10_000, batchSize: 100, connections: 100, contactsPerRequest: 50, durationSeconds: 10 };
export type SyncBenchOptions = Partial<typeof DEFAULTS>;

export interface SyncServerFigures extends Required<SyncBenchOptions> {
  store: 'SQLite' | 'PostgreSQL';
  /** What the raw loop and the cluster are (e.g. PostgreSQL's fsync setting): printed beside the figures. */
  notes: string[];
  serverContactsPerSecond: number;
  rawContactsPerSecond: number;
  ratio: number;
  /** Raw over server median batch time: the typical batch, unmoved by a few disk stalls (information). */
  medianRatio: number;
  /**
   * The best ratio any server could reach over HTTP here: raw / (raw + the bare exchange), from the totals like
   * `ratio` (sync-bare-reply.ts). Information beside the target: below it, the target is out of HTTP's reach.
   */
  httpCeiling: number;
  /** Median batch times of the ingest: the client's round trip, the raw loop, the bare exchange, the server's phases. */
  batchMs: { roundTrip: number; raw: number; bare: number; server?: SyncTimingMedians };
  ratioTarget: number;
  closed: LoadFigures;
  openRate: number;
  open: LoadFigures;
  /** PostgreSQL: closed-loop throughput of two instances on the same database, and the cores they shared. */
  twoInstances?: { closed: LoadFigures; cores: number };
}

const WARM_UP_BATCHES = 20;

/**
 * Server and raw loop take turns batch by batch, so the disk's hiccups (large on shared VMs) hit both sides
 * alike instead of whichever happened to run during them.
 */
async function ingest(url: string, bareUrl: string, token: string, batches: Contact[][], raw: RawInserter) {
  const bodies = batches.map((batch) => JSON.stringify({ contacts: batch }));
  const serverTimes: number[] = [];
  const rawTimes: number[] = [];
  const bareTimes: number[] = [];
  // Warm-up, not timed: JIT, statement caches and the first pages of both databases.
  for (let i = 0; i < WARM_UP_BATCHES; i++) {
    const warm = Array.from({ length: batches[0]?.length ?? 100 }, (_, j) => benchContact(j));
    await postBatch(url, token, JSON.stringify({ contacts: warm }));
    await raw.insertBatch(warm);
    await postBatch(bareUrl, token, JSON.stringify({ contacts: warm }));
  }
  for (const [i, batch] of batches.entries()) {
    serverTimes.push(await postBatch(url, token, bodies[i] ?? ''));
    rawTimes.push(await raw.insertBatch(batch));
    bareTimes.push(await postBatch(bareUrl, token, bodies[i] ?? ''));
  }
  const sum = (times: number[]) => times.reduce((a, b) => a + b, 0);
  return {
    serverMs: sum(serverTimes),
    rawMs: sum(rawTimes),
    bareMs: sum(bareTimes),
    // A disk stall of a second on a shared VM moves the totals; the medians show the typical batch.
    medianRatio: median(rawTimes) / median(serverTimes),
    roundTripMedianMs: median(serverTimes),
    rawMedianMs: median(rawTimes),
    bareMedianMs: median(bareTimes),
  };
}

async function measure(
  store: BenchStore,
  o: Required<SyncBenchOptions>,
  raw: (serverUrl: string) => Promise<RawInserter>,
  extra: { ratioTarget: number; notes: string[]; twoInstances: boolean },
): Promise<SyncServerFigures> {
  const all = Array.from({ length: o.contacts }, (_, i) => benchContact(i));
  const batches = Array.from({ length: Math.ceil(o.contacts / o.batchSize) }, (_, i) =>
    all.slice(i * o.batchSize, (i + 1) * o.batchSize),
  );
  const token = await adminWorkerToken(store);
  const timingsFile = join(store.dataDir, 'sync-timings.json');
  const server = await startBenchServer(store, { BENCH_TIMINGS_FILE: timingsFile });
  let figures: Omit<SyncServerFigures, 'batchMs'> & { batchMs: Omit<SyncServerFigures['batchMs'], 'server'> };
  try {
    const said = JSON.stringify(await health(server.url)).toLowerCase();
    if (store.kind === 'postgres' && !said.includes('postgres')) {
      throw new Error(
        `DATABASE_URL was given but /api/v1/health does not say PostgreSQL (${said}): this server build does not ` +
          'select a PostgreSQL store from DATABASE_URL yet, so there is nothing to measure.',
      );
    }
    const inserter = await raw(server.url);
    const bare = await startBareHttpServer(o.batchSize);
    let timed: Awaited<ReturnType<typeof ingest>>;
    try {
      timed = await ingest(server.url, bare.url, token, batches, inserter);
    } finally {
      await inserter.close();
      await bare.stop();
    }
    const load = {
      connections: o.connections,
      contactsPerRequest: o.contactsPerRequest,
      durationSeconds: o.durationSeconds,
    };
    const closed = await closedLoop(server.url, token, load);
    const openRate = Math.floor(closed.requestsPerSecond / 2);
    // The open loop measures its own arrival rate, on a server that has answered the closed loop's backlog.
    const idleAfterMs = await waitUntilIdle(server.url);
    const open = await openLoop(server.url, token, openRate, load);
    let twoInstances: SyncServerFigures['twoInstances'];
    if (extra.twoInstances) {
      const second = await startBenchServer(store);
      try {
        twoInstances = {
          closed: await closedLoopSpread([server.url, second.url], token, load),
          cores: availableParallelism(),
        };
      } finally {
        await second.stop();
      }
    }
    const serverContactsPerSecond = (o.contacts / timed.serverMs) * 1000;
    const rawContactsPerSecond = (o.contacts / timed.rawMs) * 1000;
    figures = {
      ...o,
      store: store.kind === 'postgres' ? 'PostgreSQL' : 'SQLite',
      notes: [
        ...extra.notes,
        `open loop started once the server answered health checks within 20 ms three times in a row, ` +
          `${Math.round(idleAfterMs)} ms after the closed loop ended (its backlog drained)`,
      ],
      serverContactsPerSecond,
      rawContactsPerSecond,
      ratio: serverContactsPerSecond / rawContactsPerSecond,
      medianRatio: timed.medianRatio,
      httpCeiling: httpCeilingRatio(timed.rawMs, timed.bareMs),
      batchMs: { roundTrip: timed.roundTripMedianMs, raw: timed.rawMedianMs, bare: timed.bareMedianMs },
      ratioTarget: extra.ratioTarget,
      closed,
      openRate,
      open,
      ...(twoInstances ? { twoInstances } : {}),
    };
  } finally {
    closeAgent();
    await server.stop();
  }
  // Written by the server as it exited: the ingest's requests come first, after its warm-up.
  const phases = readSyncTimings(timingsFile, WARM_UP_BATCHES, batches.length);
  return { ...figures, batchMs: { ...figures.batchMs, ...(phases ? { server: phases } : {}) } };
}

/** SQLite (the default store): server and raw loop each on a fresh file. */
export async function measureSyncServer(options: SyncBenchOptions = {}): Promise<SyncServerFigures> {
  const o: Required<SyncBenchOptions> = { ...DEFAULTS, ...options };
  const [dataDir, rawDir] = [tempDataDir(), tempDataDir()];
  try {
    return await measure({ kind: 'sqlite', dataDir }, o, async () => rawSqliteInserter(rawDir), {
      ratioTarget: 0.7,
      notes: ['raw: better-sqlite3, same pragmas and migrations, its own file'],
      twoInstances: false,
    });
  } finally {
    for (const dir of [dataDir, rawDir]) rmSync(dir, { recursive: true, force: true });
  }
}

/** PostgreSQL: a fresh database on the LT_BENCH_PG_URL cluster, dropped at the end. */
export async function measurePgSyncServer(
  adminUrl: string,
  options: SyncBenchOptions = {},
): Promise<SyncServerFigures> {
  const o: Required<SyncBenchOptions> = { ...DEFAULTS, ...options };
  const dataDir = tempDataDir();
  const database = await createBenchDatabase(adminUrl);
  try {
    const settings = await pgSettings(database.url);
    return await measure({ kind: 'postgres', dataDir, url: database.url }, o, () => rawPgInserter(database.url), {
      ratioTarget: 0.5,
      notes: [`raw: pg, prepared INSERT per row, same database and column types; cluster ${settings}`],
      twoInstances: true,
    });
  } finally {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');

function loadRow(label: string, f: LoadFigures, contactsPerRequest: number): string[] {
  return [
    label,
    `${int(f.requestsPerSecond)} req/s (${int(f.requestsPerSecond * contactsPerRequest)} contacts/s)`,
    `p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, errors ${f.errors}, non-2xx ${f.non2xx}`,
  ];
}

export function printSyncServer(f: SyncServerFigures): void {
  const c = `${f.contactsPerRequest}-contact batches, ${f.durationSeconds} s`;
  // The rate must really have been served: a run that answered nothing (or fell behind) proves no latency.
  const openServed = f.open.requestsPerSecond >= 0.9 * f.openRate && f.openRate > 0;
  const openMet = openServed && f.open.p99Ms <= 100 && f.open.errors === 0 && f.open.non2xx === 0;
  const rows: string[][] = [
    ['measure', 'figure', 'detail', 'target', 'result'],
    [
      `ingest ${int(f.contacts)} contacts, batches of ${f.batchSize}`,
      `${int(f.serverContactsPerSecond)} contacts/s (raw ${int(f.rawContactsPerSecond)})`,
      `ratio ${f.ratio.toFixed(2)} (per-batch medians: ${f.medianRatio.toFixed(2)})`,
      `≥ ${f.ratioTarget.toFixed(2)}`,
      verdict(f.ratio >= f.ratioTarget),
    ],
    [
      ...loadRow(`open loop ${int(f.openRate)} req/s (½ max), ${c}`, f.open, f.contactsPerRequest),
      'p99 ≤ 100 ms, 0 errors, rate served',
      verdict(openMet),
    ],
    [...loadRow(`closed loop ${f.connections} connections, ${c}`, f.closed, f.contactsPerRequest), '(information)', ''],
    [
      '  same, without each connection’s 1st request',
      `mean latency ≥ ${int(f.connections / (f.closed.requestsPerSecond / 1000))} ms (Little)`,
      `p99 ${Math.round(f.closed.steadyP99Ms)} ms`,
      '(information)',
      '',
    ],
  ];
  if (f.twoInstances) {
    const ratio = f.twoInstances.closed.requestsPerSecond / f.closed.requestsPerSecond;
    rows.push([
      ...loadRow(`2 instances, same database, closed loop, ${c}`, f.twoInstances.closed, f.contactsPerRequest),
      `ratio ${ratio.toFixed(2)} vs 1 (≥ 1.5 expected with the cores; ${f.twoInstances.cores} here)`,
      '',
    ]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  console.log(`\nSync server on ${f.store} (issues #4, #14)`);
  for (const row of rows) console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  |  ')}`);
  for (const note of f.notes) console.log(`  ${note}`);
  // Where a batch's time goes (information): what of the gap to the raw loop is the store, what is HTTP.
  const { roundTrip, raw, bare, server } = f.batchMs;
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(
    `  per batch of the ingest (medians): raw loop ${ms(raw)}; client round trip ${ms(roundTrip)} = ` +
      (server
        ? `server ${ms(server.handlerMs)} (before the store ${ms(server.beforeStoreMs)}, store ${ms(server.storeMs)} ` +
          `[validation + write transaction], after the store ${ms(server.afterStoreMs)}) + the HTTP exchange ` +
          `${ms(roundTrip - server.handlerMs)}`
        : 'server phases not recorded'),
  );
  const reach = f.httpCeiling >= f.ratioTarget ? 'within reach' : 'out of reach of any server over HTTP on this host';
  console.log(
    `  HTTP's ceiling (information): a bare node:http server that reads each batch and sends a reply of the same ` +
      `size (no parsing, no validation, no store; same client, in turn with the others) takes ${ms(bare)} a batch; ` +
      `a server adding only that to the raw loop would reach raw / (raw + bare) = ${f.httpCeiling.toFixed(2)} ` +
      `(target ≥ ${f.ratioTarget.toFixed(2)}: ${reach})`,
  );
}

/** Both stores when LT_BENCH_PG_URL is set; SQLite alone (saying why) otherwise. */
export async function measureAndPrintSyncServers(options: SyncBenchOptions = {}): Promise<void> {
  printSyncServer(await measureSyncServer(options));
  const pgUrl = process.env.LT_BENCH_PG_URL;
  if (pgUrl) {
    printSyncServer(await measurePgSyncServer(pgUrl, options));
  } else {
    console.log(
      '\nSync server on PostgreSQL: not measured (set LT_BENCH_PG_URL to an admin URL of a throwaway cluster, ' +
        "e.g. `.ci/with-postgres sh -c 'LT_BENCH_PG_URL=$LT_TEST_PG_URL npm run bench:sync'`).",
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await measureAndPrintSyncServers();
}
