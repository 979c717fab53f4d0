/**
 * Child process of the sync benchmarks: the production server configured from the environment like any
 * deployment (DATA_DIR, and DATABASE_URL when PostgreSQL is measured), with the per-address, per-token and quota
 * limits raised (they would otherwise throttle the benchmark by design). Prints `{"url": …}` once listening.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../server/config';
import { installShutdownHandlers, startServer } from '../../server/start-server';
import { recordSyncTimings } from './sync-timings';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('sync-serve: DATA_DIR is not set');
const distDir = join(dataDir, 'dist');
mkdirSync(distDir, { recursive: true });
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>bench</title>');

const UNLIMITED = String(1e9);
const config = loadConfig({
  ...process.env,
  DIST_DIR: distDir,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  TRUST_PROXY: 'false',
  RATE_LIMIT_PER_MINUTE: UNLIMITED,
  AUTH_FAILURE_LIMIT: UNLIMITED,
  // The bench opens 100 connections from one address: no per-address cap here.
  MAX_CONNECTIONS_PER_IP: '0',
  REQUEST_TIMEOUT_SECONDS: '30',
  QUOTA_CONTACTS_PER_DAY_PER_TOKEN: UNLIMITED,
  QUOTA_CONTACTS_PER_DAY_PER_TEAM: UNLIMITED,
  QUOTA_STORAGE_MB_PER_TEAM: String(2 ** 30),
});
const server = await startServer(config);
installShutdownHandlers(server);
const timingsFile = process.env.BENCH_TIMINGS_FILE;
if (timingsFile) recordSyncTimings(server, timingsFile);
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
