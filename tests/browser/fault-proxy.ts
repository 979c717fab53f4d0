/**
 * A faulty network between the browser and the real server, for the sync fault tests (issue #4): an HTTP
 * proxy on 127.0.0.1 that the browser loads the whole app through (so the app's server URL is the proxy's
 * origin). Everything passes untouched except POST /api/v1/sync, which gets, by a seeded random draw:
 * - `error500`: a 500 answered by the proxy (the server never sees the request);
 * - `reset`: the connection reset (TCP RST) before anything is forwarded;
 * - `stall`: no answer for longer than the client's timeout, then the connection closed;
 * - `drop`: forwarded, the server commits and answers, and the proxy drops the answer (RST) — the case where
 *   a resend must be harmless ([S14], [S15], [S43]);
 * - `pass`: forwarded normally.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const FAULTS = ['error500', 'reset', 'stall', 'drop', 'pass'] as const;
export type Fault = (typeof FAULTS)[number];

export interface FaultProxyOptions {
  /**
   * The real server, e.g. http://127.0.0.1:1234; several instances are used in turn (round robin, as a load
   * balancer would). A dead instance refuses the connection: the client sees a network failure and retries.
   */
  target: string | string[];
  seed: number;
  /** Longer than the client's request timeout (20 s). */
  stallMs?: number;
  /** At most this many stalls (each costs a client timeout of test time). */
  maxStalls?: number;
  /** The first faults, in order, before the random draws: makes sure every kind happens. */
  opening?: Fault[];
}

export interface SyncExchange {
  fault: Fault;
  /** The server's status for forwarded requests (`drop`: what the browser never received). */
  serverStatus?: number;
}

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with the same seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultProxy {
  readonly exchanges: SyncExchange[] = [];
  /** Every upstream answer (sync or not), by status: the server's own 5xx show here, the injected ones do not. */
  readonly serverStatuses: number[] = [];
  /** Requests that could not reach their upstream (refused or cut connection). */
  upstreamErrors = 0;
  /** While set, sync requests are forwarded but their answers held back until `release()` (or a close). */
  private holding = false;
  private held: (() => void)[] = [];
  private faultsOn = true;
  private readonly random: () => number;
  private readonly opening: Fault[];
  private stalls = 0;
  private nextTarget = 0;
  /** The upstream the next forwarded sync request must go to (see `routeNextSyncTo`). */
  private forcedTarget: number | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly server: http.Server;
  private readonly waiters: (() => void)[] = [];
  origin = '';

  constructor(private readonly options: FaultProxyOptions) {
    this.random = seeded(options.seed);
    this.opening = [...(options.opening ?? [])];
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.origin;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((ok) => this.server.close(() => ok()));
  }

  /** Stop (or resume) injecting faults: everything passes. */
  setFaults(on: boolean): void {
    this.faultsOn = on;
  }

  /** The next sync requests reach the server, but their answers wait (a browser closed mid-sync). */
  hold(): void {
    this.holding = true;
  }

  /** Resolves when the next sync request has reached the proxy. */
  nextSyncRequest(): Promise<void> {
    return new Promise((ok) => this.waiters.push(ok));
  }

  release(): void {
    this.holding = false;
    for (const send of this.held.splice(0)) send();
  }

  /** The next forwarded sync request goes to upstream `index` (of `target`), whatever the round robin says. */
  routeNextSyncTo(index: number): void {
    this.forcedTarget = index;
  }

  count(fault: Fault): number {
    return this.exchanges.filter((exchange) => exchange.fault === fault).length;
  }

  private draw(): Fault {
    if (!this.faultsOn) return 'pass';
    const forced = this.opening.shift();
    if (forced) return forced;
    const r = this.random();
    if (r < 0.15) return 'error500';
    if (r < 0.3) return 'reset';
    if (r < 0.36 && this.stalls < (this.options.maxStalls ?? 1)) return 'stall';
    if (r < 0.55) return 'drop';
    return 'pass';
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const isSync = req.method === 'POST' && (req.url ?? '').split('?')[0] === '/api/v1/sync';
    if (!isSync) {
      this.forward(req, res, 'pass');
      return;
    }
    for (const notify of this.waiters.splice(0)) notify();
    const fault = this.holding ? 'pass' : this.draw();
    const exchange: SyncExchange = { fault };
    this.exchanges.push(exchange);
    switch (fault) {
      case 'error500':
        req.resume();
        req.on('end', () => {
          res.writeHead(500, { 'content-type': 'application/json', 'cache-control': 'no-store' });
          res.end(JSON.stringify({ error: 'internal_server_error', message: 'Injected by the fault proxy' }));
        });
        return;
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'stall': {
        this.stalls += 1;
        req.resume();
        const timer = setTimeout(() => req.socket.destroy(), this.options.stallMs ?? 25_000);
        req.socket.once('close', () => clearTimeout(timer));
        return;
      }
      case 'drop':
      case 'pass':
        this.forward(req, res, fault, exchange);
    }
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse, fault: Fault, exchange?: SyncExchange): void {
    const targets = Array.isArray(this.options.target) ? this.options.target : [this.options.target];
    let index = this.forcedTarget;
    if (exchange && index !== undefined) this.forcedTarget = undefined;
    else index = this.nextTarget++ % targets.length;
    const target = new URL(targets[index]!);
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (exchange) exchange.serverStatus = answer.statusCode;
        this.serverStatuses.push(answer.statusCode ?? 0);
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          // The server has committed and answered: now lose its answer on the way back.
          if (fault === 'drop') {
            req.socket.resetAndDestroy();
            return;
          }
          const send = () => {
            if (res.destroyed) return;
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(chunks));
          };
          if (exchange && this.holding) this.held.push(send);
          else send();
        });
      },
    );
    upstream.on('error', () => {
      // Nothing listens there (an instance down): the client sees the connection cut, as behind a real balancer.
      this.upstreamErrors += 1;
      res.destroy();
    });
    req.pipe(upstream);
  }
}
