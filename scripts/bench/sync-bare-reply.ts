/**
 * The reply of the bare HTTP server (sync-bare-serve.ts): what the sync server answers for `n` new contacts,
 * byte for byte the same length (ids are UUIDs, the time an ISO instant), so the exchange carries what a real
 * one does. Built once: sending it costs the server nothing but the write.
 */
import { randomUUID } from 'node:crypto';
import type { SyncResponse } from '../../src/shared/protocol/protocol';

export function bareSyncReply(n: number): string {
  const response: SyncResponse = {
    results: Array.from({ length: n }, () => ({ id: randomUUID(), status: 'created', revision: 1 })),
    serverTime: new Date().toISOString(),
  };
  return JSON.stringify(response);
}

/**
 * The best ingest ratio a server can reach over HTTP: one that added nothing to the raw loop's own time but the
 * bare exchange (`bareMs`, same batches, same client). Above the target, the gap is the server's to close;
 * below it, no server can meet the target through HTTP on this host.
 */
export function httpCeilingRatio(rawMs: number, bareMs: number): number {
  if (!(rawMs > 0) || !(bareMs >= 0)) throw new Error(`httpCeilingRatio: bad times (${rawMs}, ${bareMs})`);
  return rawMs / (rawMs + bareMs);
}
