/**
 * What every sync benchmark shares: the contacts it sends, the server it starts (a child process configured
 * from the environment, exactly as an operator configures one), the token it gets from the admin CLI, and a
 * lean HTTP client for one batch at a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Contact } from '../../src/shared/protocol/protocol';

const HERE = dirname(fileURLToPath(import.meta.url));
const SERVE_SCRIPT = join(HERE, 'sync-serve.ts');
const BARE_SERVE_SCRIPT = join(HERE, 'sync-bare-serve.ts');
const ADMIN_SCRIPT = join(HERE, '..', 'admin.ts');

/** Where the bench server keeps its data: a SQLite directory, or a PostgreSQL database (DATABASE_URL). */
export type BenchStore = { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; dataDir: string; url: string };

export function benchContact(i: number): Contact {
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

/**
 * The environment a server or the admin CLI gets for `store`: DATA_DIR always (the bench server's dist/ lives
 * there), DATABASE_URL only for PostgreSQL, so a DATABASE_URL in the caller's shell never leaks into a SQLite run.
 */
export function storeEnv(store: BenchStore): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: store.dataDir };
  delete env.DATABASE_URL;
  if (store.kind === 'postgres') env.DATABASE_URL = store.url;
  return env;
}

function runAdmin(store: BenchStore, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ADMIN_SCRIPT, ...args], {
      env: storeEnv(store),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`admin ${args.join(' ')} exited with ${code}: ${err || out}`)),
    );
  });
}

/** A worker token of a fresh team, made by the admin CLI (the way an operator makes one, on either store). */
export async function adminWorkerToken(store: BenchStore): Promise<string> {
  await runAdmin(store, ['team', 'add', 'Bench']);
  const out = await runAdmin(store, ['token', 'add', '--team', 'Bench', '--role', 'worker', '--label', 'bench']);
  const token = /code:\s*(lt_\S+)/.exec(out)?.[1];
  if (!token) throw new Error(`admin token add printed no code:\n${out}`);
  return token;
}

export interface BenchServer {
  url: string;
  stop: () => Promise<void>;
}

/** A server script in a child process that prints `{"url": …}` once listening. */
function spawnServer(script: string, env: NodeJS.ProcessEnv): Promise<BenchServer> {
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server side only.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  }).then((url) => ({ url, stop }));
}

/** The server in a child process, so the load generator does not share its event loop. */
export function startBenchServer(store: BenchStore, env: NodeJS.ProcessEnv = {}): Promise<BenchServer> {
  return spawnServer(SERVE_SCRIPT, { ...storeEnv(store), ...env });
}

/**
 * The HTTP exchange alone (sync-bare-serve.ts): a bare server that reads each batch and answers with a reply of
 * the size the sync server sends for `batchSize` new contacts.
 */
export function startBareHttpServer(batchSize: number): Promise<BenchServer> {
  return spawnServer(BARE_SERVE_SCRIPT, { ...process.env, BENCH_BATCH_SIZE: String(batchSize) });
}

/** GET /api/v1/health as JSON: the bench checks the server really uses the store it was given. */
export async function health(url: string): Promise<unknown> {
  const response = await fetch(`${url}/api/v1/health`);
  return response.json();
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function closeAgent(): void {
  agent.destroy();
}

/**
 * One batch over HTTP with node:http (a lean client, like autocannon: fetch/undici would add its own
 * milliseconds to every round trip). The body is serialized beforehand: the client's JSON.stringify is not
 * the server's cost. Resolves with the round trip in ms.
 */
export function postBatch(url: string, token: string, body: string): Promise<number> {
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
