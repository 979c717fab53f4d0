/**
 * When to try again after a failed sync ([S42] in docs/SPEC.md): exponential backoff with full jitter, so a
 * whole team's phones coming back online after a server outage do not hit it at the same second.
 */

export const RETRY_BASE_MS = 2_000;
export const RETRY_CAP_MS = 5 * 60_000;

export interface RetryDelayInput {
  /** Failed attempts in a row before this one was scheduled: 0 after the first failure. */
  attempt: number;
  /** A number in [0, 1), e.g. Math.random(). */
  random: number;
  /** The server's Retry-After, in milliseconds, when it sent one (429, sometimes 503). */
  retryAfterMs?: number;
  baseMs?: number;
  capMs?: number;
}

/** A random wait in [0, min(cap, base × 2^attempt)), and never less than Retry-After. */
export function nextRetryDelay({
  attempt,
  random,
  retryAfterMs,
  baseMs = RETRY_BASE_MS,
  capMs = RETRY_CAP_MS,
}: RetryDelayInput): number {
  const safeAttempt = Number.isFinite(attempt) ? Math.max(0, Math.floor(attempt)) : 0;
  // 2^30 × 2 s is far past any cap: stop doubling there so the number stays finite.
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(safeAttempt, 30));
  const jitter = Math.min(Math.max(random, 0), 1);
  const delay = Math.floor(jitter * ceiling);
  const floor = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) ? Math.max(0, retryAfterMs) : 0;
  return Math.max(delay, floor);
}

/** Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date always names a day and month ("Sun, 01 Mar 2026 …"); Date.parse alone would read "-5" as a year.
  if (!/^[A-Za-z]{3},/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
