/** Dates as the referral pages show them, in the UI language ("14 Mar 2026" / "14 mars 2026"). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string): Intl.DateTimeFormat {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    formatters.set(language, format);
  }
  return format;
}

/** An ISO date-time, or a `YYYY-MM-DD` day (read as that calendar day, not as UTC midnight). */
export function formatDay(value: string, language: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return formatter(language).format(date);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The device's local date, `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The device's local moment with its offset, e.g. "2026-03-14T21:05:00+01:00" (a contact's occurredAt). */
export function localMoment(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:00` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
