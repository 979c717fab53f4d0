/**
 * Issue #13, "a slow body holds a connection for ever": clients that send a request body one byte at a time
 * (with no token, with a valid one, or only headers) are shed — refused at once past the per-address cap, cut by
 * the request timeout, closed right after a reply that refused their body unread — while a normal client from
 * another address is served throughout.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, contact, startSyncServer, sync, type SyncTestServer } from './sync-helpers';

const CAP = 8;
const TIMEOUT_MS = 1_500;
let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer({
    connections: {
      maxConnectionsPerIp: CAP,
      requestTimeoutMs: TIMEOUT_MS,
      headersTimeoutMs: TIMEOUT_MS,
      checkIntervalMs: 250,
    },
  });
});
afterAll(() => server.close());

interface Slow {
  socket: net.Socket;
  closed: Promise<number>;
  received: () => string;
}

/** A client on 127.0.0.2 announcing a 100 000-byte body and sending one byte every 200 ms. */
function slowClient(headers: string): Slow {
  const opened = Date.now();
  const socket = net.connect({ host: '127.0.0.1', port: server.port, localAddress: '127.0.0.2' });
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  socket.on('connect', () => {
    socket.write(
      `POST /api/v1/sync HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n${headers}\r\n`,
    );
  });
  const timer = setInterval(() => {
    if (socket.writable) socket.write('{');
  }, 200);
  const closed = new Promise<number>((resolve) =>
    socket.on('close', () => {
      clearInterval(timer);
      resolve(Date.now() - opened);
    }),
  );
  return { socket, closed, received: () => text };
}

describe('slow clients are shed', () => {
  it('past the cap, connections from one address are closed at once; a normal client is still served', async () => {
    const baselineStart = Date.now();
    for (let i = 0; i < 5; i += 1) expect((await sync(server, server.a.worker, [contact()])).status).toBe(200);
    const baselineMs = Date.now() - baselineStart;
    const slow = Array.from({ length: 40 }, () => slowClient(`Authorization: Bearer ${server.a.worker}\r\n`));
    // The normal client, from another address, while 40 slow ones hold or try to hold connections.
    const started = Date.now();
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await sync(server, server.a.worker, [contact()]));
    const normalMs = Date.now() - started;
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await api(server, '/api/v1/health')).status).toBe(200);

    const lifetimes = await Promise.all(slow.map((s) => s.closed));
    const shed = lifetimes.filter((ms) => ms < TIMEOUT_MS / 2).length;
    expect(shed).toBeGreaterThanOrEqual(40 - CAP);
    // The ones let in sent a valid token and a body too slowly: 408 at the request timeout, then closed.
    const timedOut = slow.filter((s) => s.received().startsWith('HTTP/1.1 408'));
    expect(timedOut.length).toBeGreaterThan(0);
    expect(timedOut.length).toBeLessThanOrEqual(CAP);
    expect(Math.max(...lifetimes)).toBeLessThan(TIMEOUT_MS + 3_000);
    console.log(
      `slow clients: ${shed}/40 refused at once, ${timedOut.length} cut with 408 after ≤ ${Math.max(...lifetimes)} ms; ` +
        `5 normal syncs meanwhile took ${normalMs} ms (${baselineMs} ms without them)`,
    );
  });

  it('a reply that refuses a body unread (401, 415) says Connection: close and the socket is closed', async () => {
    for (const headers of ['', 'Authorization: Bearer lt_wrong\r\n']) {
      const client = slowClient(headers);
      const lifetime = await client.closed;
      expect(client.received()).toMatch(/^HTTP\/1\.1 401 [^]*\r\nconnection: close\r\n/i);
      expect(lifetime).toBeLessThan(TIMEOUT_MS);
    }
    const wrongType = await fetch(`${server.baseUrl}/api/v1/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.a.worker}`, 'content-type': 'text/plain' },
      body: 'x'.repeat(10),
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.headers.get('connection')).toBe('close');
    // A normal answer keeps the connection.
    const fine = await fetch(`${server.baseUrl}/api/v1/health`);
    expect(fine.headers.get('connection')).not.toBe('close');
  });

  it('headers sent one byte at a time are cut by the headers timeout', async () => {
    const socket = net.connect({ host: '127.0.0.1', port: server.port, localAddress: '127.0.0.2' });
    socket.on('error', () => undefined);
    const started = Date.now();
    const request = 'GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(1000);
    let i = 0;
    const timer = setInterval(() => socket.writable && socket.write(request[i++ % request.length] ?? 'a'), 100);
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    await new Promise((resolve) => socket.on('close', resolve));
    clearInterval(timer);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 3_000);
  });
});
