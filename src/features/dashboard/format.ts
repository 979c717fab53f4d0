/**
 * How the dashboard writes a published count, everywhere (screen, print, CSV): a suppressed one (null, [S102])
 * as "< threshold", the others as numbers in the reader's language. Pure.
 */
import type { StatsCount } from '../../shared/protocol/stats';

export function countText(count: StatsCount, threshold: number, locale: string): string {
  return count === null ? `< ${threshold}` : count.toLocaleString(locale);
}

/** Current minus previous, signed ("+15", "−5", "0"); undefined when either is suppressed (not computable). */
export function changeText(current: StatsCount, previous: StatsCount, locale: string): string | undefined {
  if (current === null || previous === null) return undefined;
  const diff = current - previous;
  if (diff === 0) return '0';
  return `${diff > 0 ? '+' : '−'}${Math.abs(diff).toLocaleString(locale)}`;
}

/** A count as a share of the largest in its list, for the bar drawn next to it (a suppressed one draws none). */
export function barShare(count: StatsCount, counts: readonly StatsCount[]): number {
  const max = Math.max(0, ...counts.map((value) => value ?? 0));
  return count === null || max === 0 ? 0 : count / max;
}

/** A calendar date (YYYY-MM-DD) in the reader's language, read as a date (never shifted by the time zone). */
export function dateText(date: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
