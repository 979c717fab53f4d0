/**
 * `npm run bench:sync`: the team sync server under load (issue #4 targets).
 *
 * (a) Ingest of 10 000 contacts over HTTP in batches of 100, against a raw better-sqlite3 insert loop of the
 *     same rows into a file with the same pragmas and schema, one transaction per 100 rows like the server.
 *     Target: server ≥ 0.5 × raw.
 * (b) autocannon: 100 connections posting 50-contact batches (fresh ids every request) for 10 s.
 *     Targets: p99 ≤ 100 ms, 0 errors, 0 non-2xx.
 *
 * The server runs in a child process (`--serve`), so the load generator does not share its event loop, with
 * the rate limits raised (they would otherwise throttle the benchmark by design).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Contact } from '../../src/sync/protocol';
import { TeamStore } from '../../server/auth/team-store';
import { contentHash, stableStringify } from '../../server/contacts/canonical';
import { canonicalContent } from '../../server/contacts/prepare-contact';
import { openDatabase, runMigrations } from '../../server/db';
import { installShutdownHandlers, startServer } from '../../server/start-server';
import { tempDataDir } from './bench-env';

const DEFAULTS = { contacts: 10_000, batchSize: 100, connections: 100, contactsPerRequest: 50, durationSeconds: 10 };
export type SyncBenchOptions = Partial<typeof DEFAULTS>;

export interface SyncServerFigures extends Required<SyncBenchOptions> {
  serverContactsPerSecond: number;
  rawContactsPerSecond: number;
  ratio: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** p99 without each connection's first request (connection ramp-up while the server is saturated). */
  steadyP99Ms: number;
  errors: number;
  non2xx: number;
}

const SELF = fileURLToPath(import.meta.url);
const WARM_UP_BATCHES = 20;

function benchContact(i: number): Contact {
  return {
    id: randomUUID(),
    revision: 1,
    updatedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i % 60)).toISOString(),
    deleted: false,
    body: {
      schemaVersion: 1,
      occurredAt: new Date(Date.UTC(2025, 0, 1 + (i % 28), 20, i % 60)).toISOString(),
      place: `Square ${i % 37}, near the bus stop`,
      kind: 'street',
      people: 1 + (i % 4),
      ageBands: ['13-15', '16-17'],
      topics: ['minor-lack-of-prospects', 'minor-money'],
      signals: ['school-dropout'],
      schemes: ['mission-locale', 'prij'],
      note: 'Talked about the summer jobs programme; will come to the drop-in on Thursday.',
    },
  };
}

/** Child process: serve a fresh data dir on a free port and report the URL on stdout. */
async function serve(dataDir: string): Promise<void> {
  const distDir = join(dataDir, 'dist');
  mkdirSync(distDir, { recursive: true });
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>bench</title>');
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    distDir,
    logLevel: 'silent',
    trustProxy: false,
    rateLimit: { requestsPerMinute: 1e9, authFailures: 1e9 },
    // The bench opens 100 connections from one address: no per-address cap here.
    connections: { maxConnectionsPerIp: 0, requestTimeoutMs: 30_000 },
    quotas: { contactsPerDayPerToken: 1e9, contactsPerDayPerTeam: 1e9, bytesPerTeam: 2 ** 50 },
  });
  installShutdownHandlers(server);
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
}

async function startChild(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--serve', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url, child };
}

function workerToken(dataDir: string): string {
  const db = openDatabase(dataDir);
  runMigrations(db);
  const teams = new TeamStore(db);
  teams.addTeam('Bench');
  const { token } = teams.addToken('Bench', 'worker', 'bench');
  db.close();
  return token;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One batch over HTTP with node:http (a lean client, like autocannon: fetch/undici would add its own
 * milliseconds to every round trip). The body is serialized beforehand: the client's JSON.stringify is not
 * the server's cost.
 */
function postBatch(url: string, token: string, body: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/api/v1/sync`,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { results?: Array<{ status: string }> };
          if (response.statusCode !== 200 || reply.results?.some((r) => r.status !== 'created')) {
            reject(new Error(`ingest failed: HTTP ${response.statusCode}`));
          } else {
            resolve(performance.now() - started);
          }
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The same rows straight into SQLite (same pragmas and schema): one transaction per batch, no HTTP, no checks. */
function rawInserter(dataDir: string): { insertBatch: (batch: Contact[]) => number; close: () => void } {
  const db = openDatabase(dataDir);
  runMigrations(db);
  db.prepare("INSERT INTO teams (id, name, created_at) VALUES (1, 'Raw', '2025-01-01T00:00:00Z')").run();
  const insert = db.prepare(
    `INSERT INTO contacts (team_id, id, revision, updated_at, deleted, body_json, content_hash, seq, received_at)
     VALUES (1, ?, ?, ?, 0, ?, ?, ?, ?)`,
  );
  let seq = 0;
  const write = db.transaction((batch: Contact[]) => {
    const receivedAt = new Date().toISOString();
    for (const c of batch) {
      const bodyJson = stableStringify(c.body);
      insert.run(c.id, c.revision, c.updatedAt, bodyJson, contentHash(canonicalContent(c)), ++seq, receivedAt);
    }
  });
  return {
    insertBatch(batch) {
      const started = performance.now();
      write.immediate(batch);
      return performance.now() - started;
    },
    close: () => db.close(),
  };
}

/**
 * Server and raw loop take turns batch by batch, so the disk's hiccups (large on shared VMs) hit both sides
 * alike instead of whichever happened to run during them.
 */
async function ingest(url: string, token: string, batches: Contact[][], rawDir: string) {
  const bodies = batches.map((batch) => JSON.stringify({ contacts: batch }));
  const raw = rawInserter(rawDir);
  let serverMs = 0;
  let rawMs = 0;
  try {
    // Warm-up, not timed: JIT, statement caches and the first pages of both files.
    for (let i = 0; i < WARM_UP_BATCHES; i++) {
      const warm = Array.from({ length: batches[0]?.length ?? 100 }, (_, j) => benchContact(j));
      await postBatch(url, token, JSON.stringify({ contacts: warm }));
      raw.insertBatch(warm);
    }
    for (const [i, batch] of batches.entries()) {
      serverMs += await postBatch(url, token, bodies[i] ?? '');
      rawMs += raw.insertBatch(batch);
    }
  } finally {
    raw.close();
  }
  return { serverMs, rawMs };
}

async function loadTest(url: string, token: string, options: Required<SyncBenchOptions>) {
  // Fresh ids per request: the template body cut at its ids, glued back with new ones.
  const template = JSON.stringify({
    contacts: Array.from({ length: options.contactsPerRequest }, (_, i) => benchContact(i)),
  });
  const parts = template.split(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/);
  const freshBody = () => parts.reduce((body, part, i) => (i === 0 ? part : `${body}${randomUUID()}${part}`), '');
  const seen = new WeakSet<object>();
  const steady: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/api/v1/sync`,
        connections: options.connections,
        duration: options.durationSeconds,
        // A sync client waits far longer than autocannon's 10 s default before giving up.
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: freshBody() }),
          },
        ],
      },
      (error: unknown, done) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on('response', (client: object, _status: number, _bytes: number, responseTime: number) => {
      if (seen.has(client)) steady.push(responseTime);
      else seen.add(client);
    });
  });
  steady.sort((a, b) => a - b);
  return { result, steadyP99Ms: steady[Math.floor(steady.length * 0.99)] ?? NaN };
}

export async function measureSyncServer(options: SyncBenchOptions = {}): Promise<SyncServerFigures> {
  const o: Required<SyncBenchOptions> = { ...DEFAULTS, ...options };
  const all = Array.from({ length: o.contacts }, (_, i) => benchContact(i));
  const batches = Array.from({ length: Math.ceil(o.contacts / o.batchSize) }, (_, i) =>
    all.slice(i * o.batchSize, (i + 1) * o.batchSize),
  );

  const [dataDir, rawDir] = [tempDataDir(), tempDataDir()];
  const token = workerToken(dataDir);
  const { url, child } = await startChild(dataDir);
  try {
    const { serverMs, rawMs } = await ingest(url, token, batches, rawDir);
    const { result: load, steadyP99Ms } = await loadTest(url, token, o);
    const serverContactsPerSecond = (o.contacts / serverMs) * 1000;
    const rawContactsPerSecond = (o.contacts / rawMs) * 1000;
    return {
      ...o,
      serverContactsPerSecond,
      rawContactsPerSecond,
      ratio: serverContactsPerSecond / rawContactsPerSecond,
      requestsPerSecond: load.requests.average,
      p50Ms: load.latency.p50,
      p99Ms: load.latency.p99,
      steadyP99Ms,
      errors: load.errors + load.timeouts,
      non2xx: load.non2xx,
    };
  } finally {
    agent.destroy();
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    for (const dir of [dataDir, rawDir]) rmSync(dir, { recursive: true, force: true });
  }
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');

export function printSyncServer(f: SyncServerFigures): void {
  const rows = [
    ['measure', 'server (HTTP)', 'raw better-sqlite3', 'result', 'target'],
    [
      `ingest ${int(f.contacts)} contacts, batches of ${f.batchSize}`,
      `${int(f.serverContactsPerSecond)} contacts/s`,
      `${int(f.rawContactsPerSecond)} contacts/s`,
      `ratio ${f.ratio.toFixed(2)} ${mark(f.ratio >= 0.5)}`,
      '≥ 0.50',
    ],
    [
      `${f.connections} connections × ${f.contactsPerRequest}-contact batches, ${f.durationSeconds} s`,
      `${int(f.requestsPerSecond)} req/s (${int(f.requestsPerSecond * f.contactsPerRequest)} contacts/s)`,
      '-',
      `p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms ${mark(f.p99Ms <= 100)}`,
      'p99 ≤ 100 ms',
    ],
    [
      '  same, without each connection’s 1st request',
      `mean latency ≥ ${int(f.connections / (f.requestsPerSecond / 1000))} ms (Little)`,
      '-',
      `p99 ${Math.round(f.steadyP99Ms)} ms`,
      '(information)',
    ],
    [
      'errors (incl. timeouts) / non-2xx',
      `${f.errors} / ${f.non2xx}`,
      '-',
      mark(f.errors === 0 && f.non2xx === 0),
      '0 / 0',
    ],
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? [];
  console.log('\nSync server (issue #4)');
  for (const row of rows) console.log(`  ${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  |  ')}`);
}

if (process.argv[2] === '--serve') {
  await serve(process.argv[3] ?? tempDataDir());
} else if (process.argv[1] === SELF) {
  printSyncServer(await measureSyncServer());
}
