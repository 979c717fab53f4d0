/** Locale-aware times of the sync status: "5 minutes ago", "25 Nov 2026, 14:03". */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "5 minutes ago" / "il y a 5 minutes"; undefined under a minute (the caller says "just now"). */
export function formatAgo(iso: string, now: number, locale: string): string | undefined {
  const elapsed = now - Date.parse(iso);
  if (Number.isNaN(elapsed) || elapsed < MINUTE) return undefined;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
  return format.format(-Math.floor(elapsed / DAY), 'day');
}

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
