/**
 * The dashboard's period presets as calendar dates (the device's local dates, like the contacts' `occurredAt`
 * the server counts by, [S101]), and the bucket size that draws them readably on a phone. Pure.
 */
import { MAX_STATS_DAYS, type StatsGroup } from '../../shared/protocol/stats';

export const PERIOD_PRESETS = ['this-month', 'last-month', 'last-3-months', 'last-12-months', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  from: string;
  to: string;
  group: StatsGroup;
}

/** Up to about a quarter, weeks (at most 14 bars); longer, months. */
const WEEKS_UP_TO_DAYS = 93;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');
/** A calendar date from year, month (0-based, may overflow) and day, as YYYY-MM-DD. */
function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month, day));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The device's local date of `now`. */
export const localToday = (now: Date = new Date()) => isoDate(now.getFullYear(), now.getMonth(), now.getDate());

/** Days from `from` to `to`, both included. */
export function spanDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

const groupFor = (from: string, to: string): StatsGroup => (spanDays(from, to) <= WEEKS_UP_TO_DAYS ? 'week' : 'month');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: string) => ISO_DATE.test(value) && isoDate(...splitDate(value)) === value;
function splitDate(value: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
  return [y, m - 1, d];
}

export type PeriodProblem = 'missing' | 'order' | 'too-long';
export type PeriodChoice = { ok: true; period: Period } | { ok: false; problem: PeriodProblem };

/** The period of a preset on `today` (YYYY-MM-DD); `custom` takes `from` and `to` as typed. */
export function periodOf(
  preset: PeriodPreset,
  today: string,
  custom: { from?: string; to?: string } = {},
): PeriodChoice {
  const [year, month] = splitDate(today);
  const within = (from: string, to: string): PeriodChoice => ({
    ok: true,
    period: { from, to, group: groupFor(from, to) },
  });
  switch (preset) {
    case 'this-month':
      return within(isoDate(year, month, 1), isoDate(year, month + 1, 0));
    case 'last-month':
      return within(isoDate(year, month - 1, 1), isoDate(year, month, 0));
    case 'last-3-months':
      return within(isoDate(year, month - 2, 1), isoDate(year, month + 1, 0));
    case 'last-12-months':
      return within(isoDate(year, month - 11, 1), isoDate(year, month + 1, 0));
    case 'custom': {
      const { from = '', to = '' } = custom;
      if (!validDate(from) || !validDate(to)) return { ok: false, problem: 'missing' };
      if (from > to) return { ok: false, problem: 'order' };
      // [S101] The server snaps outwards to whole weeks or months: leave room for that.
      if (spanDays(from, to) > MAX_STATS_DAYS - 62) return { ok: false, problem: 'too-long' };
      return within(from, to);
    }
  }
}
