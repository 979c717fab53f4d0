/** Shared settings of the benchmarks: Debian's Chromium, throwaway data directories, the production server. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type RunningServer } from '../../server/start-server';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The reader the first-visit benchmarks play: the French UI is the app's default audience. */
export const BENCH_LOCALE = 'fr-FR';
export const BENCH_ACCEPT_LANGUAGE = 'fr-FR,fr;q=0.9';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'limits-bench-'));
}

/** The server `npm start` runs (same code, same dist/), on a free port with a throwaway SQLite file. */
export function startBenchServer(): Promise<RunningServer> {
  return startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: tempDataDir(),
    distDir: resolve(process.cwd(), 'dist'),
    logLevel: 'silent',
    trustProxy: false,
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** A figure beside its target: MET or MISSED, so the printed tables can be read at a glance. */
export const verdict = (met: boolean): 'MET' | 'MISSED' => (met ? 'MET' : 'MISSED');
