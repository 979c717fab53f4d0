import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILENAME } from '../../server/db';
import { makeTempDir, writeFakeDist } from './helpers';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tmpDirs: string[] = [];
afterEach(() => {
  for (const dir of tmpDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

interface Child {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
  waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>;
  kill: (signal: NodeJS.Signals) => void;
}

/** Runs a TypeScript entry point the way `npm run serve` / `npm start` do (tsx), in one process. */
function run(script: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: Array<() => void> = [];
  const onData = (chunk: Buffer): void => {
    output += chunk.toString('utf8');
    for (const waiter of waiters.slice()) waiter();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    exited,
    output: () => output,
    kill: (signal) => child.kill(signal),
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const match = output.match(pattern);
          if (match) resolve(match);
        };
        waiters.push(check);
        check();
        void exited.then(() => reject(new Error(`process exited before ${pattern}:\n${output}`)));
      }),
  };
}

function fakeInstall(): { dataDir: string; distDir: string } {
  const tmp = makeTempDir('limits-main-');
  tmpDirs.push(tmp);
  const distDir = path.join(tmp, 'dist');
  writeFakeDist(distDir);
  return { dataDir: path.join(tmp, 'data'), distDir };
}

describe('server/main.ts (npm run serve)', () => {
  it('starts, serves, and shuts down cleanly on SIGTERM (database closed)', async () => {
    const { dataDir, distDir } = fakeInstall();
    const child = run('server/main.ts', { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: distDir });
    const [, url] = await child.waitFor(/server ready at (http:\/\/127\.0\.0\.1:\d+)/);
    const health = await fetch(`${url}/api/v1/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', db: 'sqlite', writable: true });
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILENAME))).toBe(true);

    child.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.output()).toContain('SIGTERM received');
    // SQLite removes the WAL file when the last connection closes cleanly.
    expect(fs.existsSync(path.join(dataDir, `${DATABASE_FILENAME}-wal`))).toBe(false);
  }, 20_000);

  it('refuses to start without a build and says to run npm run build', async () => {
    const tmp = makeTempDir('limits-main-');
    tmpDirs.push(tmp);
    const child = run('server/main.ts', {
      PORT: '0',
      DATA_DIR: path.join(tmp, 'data'),
      DIST_DIR: path.join(tmp, 'dist'),
    });
    expect((await child.exited).code).toBe(1);
    expect(child.output()).toContain('npm run build');
    expect(child.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace
  }, 20_000);

  it('refuses invalid configuration with the variable named', async () => {
    const { dataDir, distDir } = fakeInstall();
    const child = run('server/main.ts', { PORT: 'http', DATA_DIR: dataDir, DIST_DIR: distDir });
    expect((await child.exited).code).toBe(1);
    expect(child.output()).toContain('PORT="http": must be a number');
  }, 20_000);
});

describe('scripts/start.ts (npm start)', () => {
  it('serves a custom DIST_DIR as is, without building', async () => {
    const { dataDir, distDir } = fakeInstall();
    const child = run('scripts/start.ts', { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: distDir });
    const [, url] = await child.waitFor(/server ready at (http:\/\/127\.0\.0\.1:\d+)/);
    expect(child.output()).toContain('not building');
    const response = await fetch(`${url}/guide/2-4-2`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    child.kill('SIGINT');
    expect((await child.exited).code).toBe(0);
  }, 20_000);
});
