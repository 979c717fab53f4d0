/**
 * Fixed-window rate limiting ([S51] in docs/SPEC.md). Request counts (per address, per token) live in each
 * process's memory: with several instances each counts on its own (docs/SERVER.md, "Scaling out", says why and
 * how to size them). Failed authentications, the brute-force guard, are shared by every instance through
 * PostgreSQL when it is the store ({@link SharedCounters}); with SQLite or memory there is one process.
 */

export interface RateLimitOptions {
  /** Requests per minute per client IP (all of /api/) and per token (authenticated endpoints). */
  requestsPerMinute: number;
  /** Failed authentications allowed per IP and per presented token in `authFailureWindowMs`. */
  authFailures: number;
  authFailureWindowMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitOptions = {
  requestsPerMinute: 120,
  authFailures: 10,
  authFailureWindowMs: 15 * 60_000,
};

interface Window {
  count: number;
  resetAt: number;
}

/** How often (in calls) expired windows are swept out of memory. */
const SWEEP_EVERY = 1000;

export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>();
  private calls = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private current(key: string): Window | undefined {
    if (++this.calls % SWEEP_EVERY === 0) this.sweep();
    const window = this.windows.get(key);
    if (window && window.resetAt <= this.now()) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  /** Seconds until `key` may try again, or 0 when it is under the limit. Does not count. */
  retryAfter(key: string): number {
    const window = this.current(key);
    if (!window || window.count < this.limit) return 0;
    return Math.max(1, Math.ceil((window.resetAt - this.now()) / 1000));
  }

  /** Counts one event for `key`. */
  record(key: string): void {
    const window = this.current(key);
    if (window) window.count += 1;
    else this.windows.set(key, { count: 1, resetAt: this.now() + this.windowMs });
  }

  /** Counts one request and returns the seconds to wait when it is over the limit (0 = allowed). */
  hit(key: string): number {
    const wait = this.retryAfter(key);
    if (wait === 0) this.record(key);
    return wait;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/** Failed attempts per key in a fixed window, counted in this process or in the shared database. */
export interface FailureCounter {
  /** Seconds until `key` may try again, or 0 when it is under the limit. Does not count. */
  retryAfter(key: string): Promise<number>;
  /** Counts one failure for `key`. */
  record(key: string): Promise<void>;
}

/** A store that shares counters between instances (PostgreSQL): makes the failure counter all of them use. */
export interface SharedCounters {
  failureCounter(limit: number, windowMs: number): FailureCounter;
}

/** {@link FailureCounter} in this process's memory. */
export class MemoryFailureCounter implements FailureCounter {
  constructor(private readonly limiter: FixedWindowLimiter) {}

  async retryAfter(key: string): Promise<number> {
    return this.limiter.retryAfter(key);
  }

  async record(key: string): Promise<void> {
    this.limiter.record(key);
  }
}

/** The limiters of one app instance. */
export class RateLimits {
  readonly perIp: FixedWindowLimiter;
  readonly perToken: FixedWindowLimiter;
  readonly authFailures: FailureCounter;

  constructor(options: RateLimitOptions, shared?: SharedCounters, now: () => number = Date.now) {
    this.perIp = new FixedWindowLimiter(options.requestsPerMinute, 60_000, now);
    this.perToken = new FixedWindowLimiter(options.requestsPerMinute, 60_000, now);
    this.authFailures =
      shared?.failureCounter(options.authFailures, options.authFailureWindowMs) ??
      new MemoryFailureCounter(new FixedWindowLimiter(options.authFailures, options.authFailureWindowMs, now));
  }
}
