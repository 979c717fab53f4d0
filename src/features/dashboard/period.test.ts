import { describe, expect, it } from 'vitest';
import { localToday, periodOf, spanDays } from './period';

describe('periodOf', () => {
  it.each([
    ['this-month', '2026-12-02', { from: '2026-12-01', to: '2026-12-31', group: 'week' }],
    ['last-month', '2026-12-02', { from: '2026-11-01', to: '2026-11-30', group: 'week' }],
    ['last-month', '2026-01-15', { from: '2025-12-01', to: '2025-12-31', group: 'week' }],
    ['last-month', '2024-03-31', { from: '2024-02-01', to: '2024-02-29', group: 'week' }],
    ['last-3-months', '2026-02-10', { from: '2025-12-01', to: '2026-02-28', group: 'week' }],
    ['last-12-months', '2026-12-02', { from: '2026-01-01', to: '2026-12-31', group: 'month' }],
    ['last-12-months', '2026-03-31', { from: '2025-04-01', to: '2026-03-31', group: 'month' }],
  ] as const)('%s on %s', (preset, today, period) => {
    expect(periodOf(preset, today)).toEqual({ ok: true, period });
  });

  it.each([
    [
      { from: '2026-01-01', to: '2026-01-31' },
      { ok: true, period: { from: '2026-01-01', to: '2026-01-31', group: 'week' } },
    ],
    [
      { from: '2025-01-01', to: '2026-06-30' },
      { ok: true, period: { from: '2025-01-01', to: '2026-06-30', group: 'month' } },
    ],
    [{ from: '2026-01-01' }, { ok: false, problem: 'missing' }],
    [
      { from: '2026-02-30', to: '2026-03-01' },
      { ok: false, problem: 'missing' },
    ],
    [
      { from: '2026-03-01', to: '2026-02-01' },
      { ok: false, problem: 'order' },
    ],
    [
      { from: '2024-01-01', to: '2026-01-01' },
      { ok: false, problem: 'too-long' },
    ],
  ])('custom %j', (custom, expected) => {
    expect(periodOf('custom', '2026-12-02', custom)).toEqual(expected);
  });

  it('counts days with both ends, and reads the device’s local date', () => {
    expect(spanDays('2026-01-01', '2026-01-01')).toBe(1);
    expect(spanDays('2026-01-01', '2026-12-31')).toBe(365);
    expect(localToday(new Date(2026, 11, 2, 23, 59))).toBe('2026-12-02');
  });
});
