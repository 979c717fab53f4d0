/**
 * Where a sync request's time goes, measured inside the bench server (information beside the ingest ratio of
 * issue #14): from the request's headers to the store, in the store (validation and the write transaction,
 * `applyBatch`), from the store to the reply's last byte. What the client's round trip adds to those is the HTTP
 * exchange itself (sending, receiving, both event loops).
 *
 * The bench server records a request only when it was the only sync request in flight from its start to its
 * end: the ingest sends one batch at a time, the load tests do not, and an overlapped request's phases would be
 * another's. The figures go to a JSON file when the server exits (BENCH_TIMINGS_FILE).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RunningServer } from '../../server/start-server';
import { SYNC_PATH } from '../../src/shared/protocol/protocol';
import { median } from './bench-env';

export interface SyncRequestTiming {
  /** 'request' event (headers read) → the reply's last byte handed to the socket. */
  handlerMs: number;
  beforeStoreMs: number;
  storeMs: number;
  afterStoreMs: number;
}

interface Phase {
  start: number;
  storeStart?: number;
  storeEnd?: number;
  /** No other sync request was in flight at any moment of this one. */
  alone: boolean;
}

/** In the bench server: records each lone sync request's phases and writes them to `file` at exit. */
export function recordSyncTimings(server: RunningServer, file: string): void {
  const timings: SyncRequestTiming[] = [];
  let inFlight = 0;
  let current: Phase | undefined;
  const contacts = server.stores.contacts;
  const applyBatch = contacts.applyBatch.bind(contacts);
  contacts.applyBatch = async (...args) => {
    const phase = current;
    if (phase) phase.storeStart = performance.now();
    try {
      return await applyBatch(...args);
    } finally {
      if (phase) phase.storeEnd = performance.now();
    }
  };
  server.app.server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST' || !request.url?.startsWith(SYNC_PATH)) return;
    inFlight += 1;
    if (current) current.alone = false;
    const phase: Phase = { start: performance.now(), alone: inFlight === 1 };
    current = phase;
    response.once('close', () => {
      inFlight -= 1;
      if (current === phase) current = undefined;
      const end = performance.now();
      const { storeStart, storeEnd } = phase;
      if (!phase.alone || inFlight > 0 || storeStart === undefined || storeEnd === undefined) return;
      timings.push({
        handlerMs: end - phase.start,
        beforeStoreMs: storeStart - phase.start,
        storeMs: storeEnd - storeStart,
        afterStoreMs: end - storeEnd,
      });
    });
  });
  process.once('exit', () => writeFileSync(file, JSON.stringify(timings)));
}

export interface SyncTimingMedians extends SyncRequestTiming {
  requests: number;
}

/** In the bench: the medians of requests `from`…`from + count` of the file the server wrote. */
export function readSyncTimings(file: string, from: number, count: number): SyncTimingMedians | undefined {
  let all: SyncRequestTiming[];
  try {
    all = JSON.parse(readFileSync(file, 'utf8')) as SyncRequestTiming[];
  } catch {
    return undefined;
  }
  const slice = all.slice(from, from + count);
  if (slice.length === 0) return undefined;
  const of = (key: keyof SyncRequestTiming) => median(slice.map((t) => t[key]));
  return {
    requests: slice.length,
    handlerMs: of('handlerMs'),
    beforeStoreMs: of('beforeStoreMs'),
    storeMs: of('storeMs'),
    afterStoreMs: of('afterStoreMs'),
  };
}
