/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, a field is quoted when it holds a comma, a quote, CR or LF,
 * with quotes doubled.
 *
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell starting with = + - @ (or a tab / CR, which
 * some spreadsheets skip before reading a formula) is prefixed with a single quote, so Excel or LibreOffice
 * show it as text instead of evaluating it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
