/**
 * Child process of `npm run bench:sync`: the cost of the HTTP exchange alone, with no server behind it. A bare
 * node:http server that reads each POSTed batch to its last byte and answers with a reply of the size the sync
 * server sends for a batch of new contacts (BENCH_BATCH_SIZE results) — no JSON parsing, no validation, no
 * authentication, no store. Prints `{"url": …}` once listening.
 *
 * The ingest posts every batch here too, in turn with the real server and the raw loop (sync-server.ts): a
 * server that added nothing to the raw loop but this exchange would reach raw / (raw + bare) of it, the
 * ceiling any server reaches over HTTP on this host (issue #14's SQLite ratio).
 */
import http from 'node:http';
import { bareSyncReply } from './sync-bare-reply';

const batchSize = Number(process.env.BENCH_BATCH_SIZE);
if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('sync-bare-serve: BENCH_BATCH_SIZE is not set');
const reply = Buffer.from(bareSyncReply(batchSize));

const server = http.createServer((request, response) => {
  let received = 0;
  request.on('data', (chunk: Buffer) => (received += chunk.length));
  request.on('end', () => {
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': reply.length,
      // What it read, so a test can tell the body was consumed, not skipped.
      'x-received-bytes': String(received),
    });
    response.end(reply);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('sync-bare-serve: no TCP address');
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${address.port}` })}\n`);
});
process.on('SIGTERM', () => {
  // The bench's keep-alive socket would otherwise hold close() open.
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
