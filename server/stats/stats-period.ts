/**
 * [S101] Calendar arithmetic of the statistics: periods snapped outwards to whole Monday-based ISO weeks or
 * calendar months, their buckets, and the previous period. Pure; dates are `YYYY-MM-DD` strings, computed in UTC
 * so that no server time zone or daylight-saving change can shift a day.
 */
import { MAX_STATS_DAYS, type StatsGroup } from '../../src/shared/protocol/stats';

const DAY_MS = 86_400_000;
/** [S101] Weekly buckets by default up to this many days (a quarter), monthly beyond. */
export const WEEKLY_UP_TO_DAYS = 92;
/** [S101] Earliest date a query may start at (no contact predates the app; keeps every date four-digit). */
export const EARLIEST_STATS_DATE = '2000-01-01';

export interface SnappedPeriod {
  from: string;
  to: string;
  group: StatsGroup;
  /** First day of each bucket, oldest first. */
  buckets: string[];
  previous: { from: string; to: string };
}

/** A period the API refuses with 422 (valid syntax, but too long or too early). */
export class StatsRangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StatsRangeError';
  }
}

const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

/** First day of the month `months` months after the month of `date`. */
export function addMonths(date: string, months: number): string {
  const d = new Date(toMs(date));
  return fromMs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
}

/** Days from `from` to `to`, both included. */
export function spanDays(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS) + 1;
}

/** The Monday of the ISO week of `date`. */
export function mondayOf(date: string): string {
  const weekday = (new Date(toMs(date)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The first day of the bucket of `group` that holds `date`. */
export function bucketOf(date: string, group: StatsGroup): string {
  return group === 'week' ? mondayOf(date) : `${date.slice(0, 7)}-01`;
}

function snapTo(from: string, to: string, group: StatsGroup): { from: string; to: string } {
  return group === 'week'
    ? { from: mondayOf(from), to: addDays(mondayOf(to), 6) }
    : { from: bucketOf(from, 'month'), to: addDays(addMonths(to, 1), -1) };
}

/**
 * [S101] Snaps `from`–`to` (inclusive, from ≤ to) outwards to whole buckets: weeks when asked, or by default
 * when the week-snapped span is at most {@link WEEKLY_UP_TO_DAYS} days; months otherwise. The previous period is
 * the same number of buckets just before. Throws {@link StatsRangeError} past {@link MAX_STATS_DAYS}.
 */
export function snapPeriod(from: string, to: string, group?: StatsGroup): SnappedPeriod {
  if (from < EARLIEST_STATS_DATE) throw new StatsRangeError(`from must be ${EARLIEST_STATS_DATE} or later`);
  const weeks = snapTo(from, to, 'week');
  const chosen: StatsGroup = group ?? (spanDays(weeks.from, weeks.to) <= WEEKLY_UP_TO_DAYS ? 'week' : 'month');
  const snapped = chosen === 'week' ? weeks : snapTo(from, to, 'month');
  const days = spanDays(snapped.from, snapped.to);
  if (days > MAX_STATS_DAYS) {
    throw new StatsRangeError(
      `The period covers ${days} days once snapped to whole ${chosen}s; at most ${MAX_STATS_DAYS} are allowed`,
    );
  }
  const buckets: string[] = [];
  for (let start = snapped.from; start <= snapped.to;) {
    buckets.push(start);
    start = chosen === 'week' ? addDays(start, 7) : addMonths(start, 1);
  }
  const previousFrom =
    chosen === 'week' ? addDays(snapped.from, -7 * buckets.length) : addMonths(snapped.from, -buckets.length);
  return {
    ...snapped,
    group: chosen,
    buckets,
    previous: { from: previousFrom, to: addDays(snapped.from, -1) },
  };
}
