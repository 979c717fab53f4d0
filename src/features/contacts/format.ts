/**
 * Dates and lists as the UI shows them, in the UI language ("14 Mar 2026, 21:05" / "14 mars 2026, 21:05").
 * Building an Intl formatter costs far more than formatting with one: one per language, reused by every row
 * of the list and every keystroke of the form.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const listFormatters = new Map<string, Intl.ListFormat>();

export function formatDateTime(iso: string, language: string): string {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(language, format);
  }
  return format.format(new Date(iso));
}

/** "a, b and c" / "a, b et c". */
export function formatList(items: readonly string[], language: string): string {
  let format = listFormatters.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction' });
    listFormatters.set(language, format);
  }
  return format.format(items);
}
