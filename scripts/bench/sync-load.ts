/**
 * Load on the sync server with autocannon: 50-contact batches with fresh ids every request.
 *
 * - Closed loop: N connections each send as soon as their previous answer came back. It finds the maximum
 *   throughput, and its latency is mostly queueing (Little's law: mean latency ≈ connections / throughput).
 * - Open loop: a fixed arrival rate (our own generator, see openLoop), latencies counted from each request's
 *   scheduled time (no coordinated omission). This is the latency a user sees at that load.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import autocannon from 'autocannon';
import { benchContact } from './sync-fixtures';

export interface LoadOptions {
  connections: number;
  contactsPerRequest: number;
  durationSeconds: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** p99 without each connection's first request (connection ramp-up while the server is saturated). */
  steadyP99Ms: number;
  errors: number;
  non2xx: number;
}

function freshBodies(contactsPerRequest: number): () => string {
  // The template body cut at its ids, glued back with new ones.
  const template = JSON.stringify({
    contacts: Array.from({ length: contactsPerRequest }, (_, i) => benchContact(i)),
  });
  const parts = template.split(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/);
  return () => parts.reduce((body, part, i) => (i === 0 ? part : `${body}${randomUUID()}${part}`), '');
}

async function run(url: string, token: string, o: LoadOptions, overallRate?: number): Promise<LoadFigures> {
  const freshBody = freshBodies(o.contactsPerRequest);
  const seen = new WeakSet<object>();
  const steady: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/api/v1/sync`,
        connections: o.connections,
        duration: o.durationSeconds,
        ...(overallRate === undefined ? {} : { overallRate }),
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
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    steadyP99Ms: steady[Math.floor(steady.length * 0.99)] ?? NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Closed loop on one server. */
export function closedLoop(url: string, token: string, o: LoadOptions): Promise<LoadFigures> {
  return run(url, token, o);
}

/** Closed loop spread over several servers at once (connections split evenly); throughputs add up. */
export async function closedLoopSpread(urls: string[], token: string, o: LoadOptions): Promise<LoadFigures> {
  const share = Math.max(1, Math.floor(o.connections / urls.length));
  const parts = await Promise.all(urls.map((url) => run(url, token, { ...o, connections: share })));
  return {
    requestsPerSecond: parts.reduce((sum, p) => sum + p.requestsPerSecond, 0),
    p50Ms: Math.max(...parts.map((p) => p.p50Ms)),
    p99Ms: Math.max(...parts.map((p) => p.p99Ms)),
    steadyP99Ms: Math.max(...parts.map((p) => p.steadyP99Ms)),
    errors: parts.reduce((sum, p) => sum + p.errors, 0),
    non2xx: parts.reduce((sum, p) => sum + p.non2xx, 0),
  };
}

/**
 * Open loop at `rate` requests per second: request i leaves at start + i / rate, whatever the answers before
 * it, on its own keep-alive socket when the others are busy. Latency counts from that scheduled time, so a
 * request that could only leave late (the generator itself held up) is charged its wait (no coordinated
 * omission). autocannon's `overallRate` is not used for this: it lets each connection send its share at the
 * start of every second and then wait, i.e. bursts of the whole second's requests at once, whose queueing made
 * its p50 ~200 ms at half the server's maximum.
 */
export async function openLoop(url: string, token: string, rate: number, o: LoadOptions): Promise<LoadFigures> {
  const freshBody = freshBodies(o.contactsPerRequest);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const total = Math.round(rate * o.durationSeconds);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const start = performance.now() + 50;
  const send = (scheduled: number) =>
    new Promise<void>((resolve) => {
      const body = freshBody();
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
          timeout: 30_000,
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode !== 200) non2xx++;
            latencies.push(performance.now() - scheduled);
            resolve();
          });
        },
      );
      const fail = () => {
        errors++;
        resolve();
      };
      request.on('error', fail);
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.end(body);
    });
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = start + (i * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(scheduled));
  }
  await Promise.all(inFlight);
  agent.destroy();
  const elapsedSeconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? NaN);
  return {
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    steadyP99Ms: at(0.99),
    errors,
    non2xx,
  };
}

/**
 * Waits until the server answers a health check within `fastMs`, `times` in a row (at most `maxMs`), and
 * returns how long that took. autocannon returns when its duration ends while the server is still answering
 * the closed loop's last requests (that loop's p99 is seconds): an open loop started at once measured that
 * backlog (p99 490 ms, against 28–31 ms for the same rate started 3 s later, same server, same run).
 */
export async function waitUntilIdle(url: string, fastMs = 20, times = 3, maxMs = 15_000): Promise<number> {
  const start = performance.now();
  let fast = 0;
  while (fast < times && performance.now() - start < maxMs) {
    const sent = performance.now();
    const response = await fetch(`${url}/api/v1/health`);
    await response.arrayBuffer();
    if (performance.now() - sent <= fastMs) fast += 1;
    else fast = 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return performance.now() - start;
}
