/**
 * RFC 4180 CSV, shared by the server (contacts export, docs/SPEC.md [S31]) and the app (directory import and
 * export): no DOM and no Node imports.
 *
 * Writing: CRLF line ends; a field is quoted when it holds `,`, `;`, a tab, a quote, CR or LF — whichever the
 * separator, since a French Excel splits on `;` and an English one on `,` — or starts with a formula character;
 * quotes are doubled. Spreadsheet formula injection (OWASP "CSV injection"): a cell starting with = + - @ (or a
 * tab / CR, which some spreadsheets skip before reading a formula) is prefixed with a single quote, so Excel or
 * LibreOffice show it as text instead of evaluating it. {@link guardFormulasInside} does the same after every
 * `,` `;` tab or line break inside a cell, for exports read with the other separator (issue #13).
 *
 * Reading: {@link parseCsv} splits a whole text into records, remembering the line each record starts on so
 * that import errors can name it.
 */
// Spaces and quotes before the formula character too: some spreadsheets skip them.
const FORMULA_START = /^([\s"]*[=+\-@]|[\t\r])/;
const NEEDS_QUOTES = /[",;\t\r\n]/;
// A place where a spreadsheet reading with the other separator (or mid-field quotes as text) starts a cell.
const FORMULA_INSIDE = /([,;\t\r\n][\s"']*)([=+\-@])/g;

export type CsvSeparator = ',' | ';';

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  const formula = typeof value === 'string' && FORMULA_START.test(text);
  if (formula) text = `'${text}`;
  return formula || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Prefixes `'` to a formula character that follows a `,` `;` tab or line break inside a text (spaces and quotes
 * between them skipped): `x;=1+1` → `x;'=1+1`. Excel reading a `,` file with `;` treats a quote in the middle
 * of a field as text, so quoting alone cannot stop it from starting a cell there. Not reversible, hence only
 * for exports that are never imported back (the contacts CSV, [S31]).
 */
export function guardFormulasInside(text: string): string {
  return text.replace(FORMULA_INSIDE, "$1'$2");
}

export function csvLine(
  cells: ReadonlyArray<string | number | boolean | null | undefined>,
  separator: CsvSeparator = ',',
): string {
  return `${cells.map((cell) => csvCell(cell)).join(separator)}\r\n`;
}

/** UTF-8 byte order mark: without it Excel reads a UTF-8 CSV as Windows-1252 and garbles accents. */
export const BOM = '\uFEFF';

export interface CsvRecord {
  /** 1-based line of the file where the record starts (a quoted cell may span several lines). */
  line: number;
  cells: string[];
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/**
 * Splits CSV text into records. Line ends may be CRLF, LF or CR (old Mac exports); a quoted cell keeps its line
 * breaks exactly. A quote inside an unquoted cell is kept as a character (spreadsheets write such files); text
 * after a closing quote, or a quote never closed, is an error with its line. A leading BOM is ignored.
 */
export function parseCsv(input: string, separator: CsvSeparator): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quotedSince = 0;
  let state: 'start' | 'unquoted' | 'quoted' | 'closed' = 'start';

  const endCell = () => {
    cells.push(cell);
    cell = '';
    state = 'start';
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (state === 'quoted') {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          state = 'closed';
        }
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
      continue;
    }
    if (ch === separator) {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (state === 'closed') {
      return { ok: false, line, message: 'unexpected text after a closing quote (a quote inside a cell is "")' };
    } else if (ch === '"' && state === 'start') {
      state = 'quoted';
      quotedSince = line;
    } else {
      cell += ch;
      state = 'unquoted';
    }
  }
  if (state === 'quoted') return { ok: false, line: quotedSince, message: 'a quoted cell is never closed' };
  // A last line without a line end is still a record; a final line end does not start an empty one.
  if (state !== 'start' || cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}
