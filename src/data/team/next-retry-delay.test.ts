import { describe, expect, it } from 'vitest';
import { nextRetryDelay, parseRetryAfter, RETRY_CAP_MS } from './next-retry-delay';

describe('nextRetryDelay: full jitter, base 2 s, cap 5 min ([S42])', () => {
  it.each([
    // attempt, random, expected ms
    [0, 0, 0],
    [0, 0.5, 1_000],
    [0, 0.999, 1_998],
    [1, 0.5, 2_000],
    [2, 0.5, 4_000],
    [3, 1, 16_000],
    [6, 0.5, 64_000],
    [7, 0.999, 255_744],
    // 2 s × 2^8 = 512 s > 300 s: capped.
    [8, 0.5, 150_000],
    [8, 1, RETRY_CAP_MS],
    [50, 0.5, 150_000],
    [10_000, 0.25, 75_000],
  ])('attempt %i, random %f → %i ms', (attempt, random, expected) => {
    expect(nextRetryDelay({ attempt, random })).toBe(expected);
  });

  it.each([
    // Retry-After is a floor, never shortened by the jitter.
    [0, 0.1, 30_000, 30_000],
    [6, 0.9, 1_000, 115_200],
    [0, 0, 0, 0],
  ])('attempt %i, random %f, Retry-After %i ms → %i ms', (attempt, random, retryAfterMs, expected) => {
    expect(nextRetryDelay({ attempt, random, retryAfterMs })).toBe(expected);
  });

  it('stays within [0, ceiling] for odd inputs', () => {
    for (const attempt of [-3, Number.NaN, Number.POSITIVE_INFINITY, 2.7]) {
      for (const random of [-1, 0, 0.3, 1, 2]) {
        const delay = nextRetryDelay({ attempt, random });
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(RETRY_CAP_MS);
      }
    }
  });

  it('grows on average with each failure until the cap', () => {
    const mean = (attempt: number) => {
      let sum = 0;
      for (let i = 0; i < 100; i++) sum += nextRetryDelay({ attempt, random: i / 100 });
      return sum / 100;
    };
    expect(mean(1)).toBeGreaterThan(mean(0));
    expect(mean(5)).toBeGreaterThan(mean(4));
    expect(mean(9)).toBe(mean(12));
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  it.each([
    ['30', 30_000],
    [' 0 ', 0],
    ['Sun, 01 Mar 2026 10:01:00 GMT', 60_000],
    ['Sun, 01 Mar 2026 09:00:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%s → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
