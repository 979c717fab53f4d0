/**
 * Idle lock timing. The decision is a pure function of timestamps; the timer only asks it again.
 *
 * Two clocks, because each fails alone: the wall clock (Date.now) can be set back by the user, and the
 * monotonic clock (performance.now) does not advance while some phones sleep. Idle time is the larger of the
 * two elapsed times, so a phone that slept an hour locks on wake and a clock set back does not keep it open.
 */

export interface Instant {
  /** Date.now() */
  wall: number;
  /** performance.now() */
  mono: number;
}

export const DEFAULT_IDLE_TIMEOUT_MS = 5 * 60_000;

export function idleElapsedMs(now: Instant, lastActivity: Instant): number {
  return Math.max(now.wall - lastActivity.wall, now.mono - lastActivity.mono);
}

/** Milliseconds left before the idle lock; 0 means lock now. */
export function msUntilIdleLock(now: Instant, lastActivity: Instant, timeoutMs: number): number {
  return Math.max(0, timeoutMs - idleElapsedMs(now, lastActivity));
}

export function isIdleExpired(now: Instant, lastActivity: Instant, timeoutMs: number): boolean {
  return msUntilIdleLock(now, lastActivity, timeoutMs) === 0;
}

export function checkIdleTimeout(timeoutMs: number): number {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new RangeError('The idle timeout must be a positive duration');
  return timeoutMs;
}

export interface IdleClock {
  now: () => Instant;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const browserIdleClock: IdleClock = {
  now: () => ({ wall: Date.now(), mono: performance.now() }),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IdleTimer {
  /** Starts (or restarts) counting from now. */
  start: () => void;
  stop: () => void;
  /** User activity: cheap (no timer churn), safe to call on every key press. */
  touch: () => void;
  /** Re-evaluates now (call on visibilitychange / pageshow / focus: timers are late or frozen in background). */
  check: () => void;
  setTimeoutMs: (timeoutMs: number) => void;
  readonly running: boolean;
}

/** Calls `onIdle` once when `timeoutMs` pass without `touch()`; then stays stopped until `start()`. */
export function createIdleTimer(
  options: { timeoutMs: number; onIdle: () => void },
  clock: IdleClock = browserIdleClock,
): IdleTimer {
  let timeoutMs = checkIdleTimeout(options.timeoutMs);
  let lastActivity: Instant | undefined;
  let handle: unknown;

  const clear = () => {
    if (handle !== undefined) clock.clearTimeout(handle);
    handle = undefined;
  };

  const check = () => {
    if (!lastActivity) return;
    const remaining = msUntilIdleLock(clock.now(), lastActivity, timeoutMs);
    clear();
    if (remaining === 0) {
      lastActivity = undefined;
      options.onIdle();
    } else {
      // Activity only moves the timestamp; the timer re-arms for what is left when it fires.
      handle = clock.setTimeout(check, remaining);
    }
  };

  return {
    start() {
      lastActivity = clock.now();
      check();
    },
    stop() {
      lastActivity = undefined;
      clear();
    },
    touch() {
      if (lastActivity) lastActivity = clock.now();
    },
    check,
    setTimeoutMs(next) {
      timeoutMs = checkIdleTimeout(next);
      check();
    },
    get running() {
      return lastActivity !== undefined;
    },
  };
}
