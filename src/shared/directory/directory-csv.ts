/**
 * [S76] The directory as CSV, for coordinators who keep it in a spreadsheet: a header row with the fixed column
 * names of {@link ENTRY_FIELDS}, RFC 4180 quoting, UTF-8 with a byte order mark. French Excel writes `;`
 * separators, others `,`: the importer detects which from the header. What {@link exportDirectoryCsv} writes,
 * {@link importDirectoryCsv} reads back identically.
 */
import { BOM, csvLine, parseCsv, type CsvRecord, type CsvSeparator } from '../csv';
import { decodeImportText, NOT_UTF8, refuse, type ImportProblem, type ImportResult } from './import-result';
import {
  ENTRY_FIELDS,
  MAX_DIRECTORY_ENTRIES,
  validateEntries,
  type DirectoryEntry,
  type EntryField,
  type ValidateOptions,
} from './schema';

export interface CsvExportOptions {
  /** `;` (default: what French Excel opens as columns) or `,`. */
  separator?: CsvSeparator;
}

/**
 * The shared writer prefixes a cell starting with = + - @ with `'` so spreadsheets do not run it as a formula.
 * To keep that reversible, a value that itself starts with `'` gets one too; the importer drops one leading `'`.
 */
function protect(value: string | undefined): string | undefined {
  return value?.startsWith("'") ? `'${value}` : value;
}

export function exportDirectoryCsv(entries: readonly DirectoryEntry[], options: CsvExportOptions = {}): string {
  const separator = options.separator ?? ';';
  const rows = entries.map((entry) =>
    csvLine(
      ENTRY_FIELDS.map((field) => protect(entry[field])),
      separator,
    ),
  );
  return BOM + csvLine(ENTRY_FIELDS, separator) + rows.join('');
}

export interface CsvImportOptions extends ValidateOptions {
  /** Id for a row whose `id` cell is empty (a directory typed in a spreadsheet); default crypto.randomUUID. */
  newId?: () => string;
}

const REQUIRED_COLUMNS: readonly EntryField[] = ['schemeId', 'name'];

/** Excel's optional first line naming the separator (`sep=;`), which then comes before the header. */
const SEP_LINE = /^sep=([;,])[ \t]*$/i;

/**
 * The header holds only column names: whichever of `;` and `,` it contains is the separator, unless a `sep=`
 * line says so first.
 */
function detectSeparator(text: string): { separator: CsvSeparator; sepLine: boolean } {
  const first = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const declared = SEP_LINE.exec(first)?.[1] as CsvSeparator | undefined;
  if (declared !== undefined) return { separator: declared, sepLine: true };
  const count = (ch: string) => first.split(ch).length - 1;
  return { separator: count(';') > count(',') ? ';' : ',', sepLine: false };
}

function readHeader(record: CsvRecord): { columns: Array<EntryField | null>; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const byLowerName = new Map(ENTRY_FIELDS.map((field) => [field.toLowerCase(), field]));
  const seen = new Set<EntryField>();
  const columns = record.cells.map((cell): EntryField | null => {
    const name = cell.trim();
    if (name === '') return null;
    const field = byLowerName.get(name.toLowerCase());
    if (field === undefined) {
      problems.push({
        line: record.line,
        field: null,
        message: `unknown column "${name}"; the columns are ${ENTRY_FIELDS.join(', ')}`,
      });
      return null;
    }
    if (seen.has(field)) problems.push({ line: record.line, field, message: 'column appears twice' });
    seen.add(field);
    return field;
  });
  for (const field of REQUIRED_COLUMNS) {
    if (!seen.has(field)) problems.push({ line: record.line, field: null, message: `missing column "${field}"` });
  }
  return { columns, problems };
}

/** A cell as the entry's value: trimmed, one leading `'` dropped (see {@link protect}), empty meaning absent. */
function cellValue(cell: string): string | undefined {
  let value = cell.trim();
  if (value.startsWith("'")) value = value.slice(1);
  return value === '' ? undefined : value;
}

/**
 * [S75][S76] Reads a CSV file (text, or bytes that must be UTF-8). Either every row becomes an entry, or the
 * file is refused with each problem and its line, e.g. `line 7: phone: not a phone number`.
 */
export function importDirectoryCsv(input: string | Uint8Array, options: CsvImportOptions = {}): ImportResult {
  const decoded = decodeImportText(input);
  if (!decoded.ok) return refuse([NOT_UTF8]);
  const { text } = decoded;
  if (text.trim() === '') return refuse([{ line: null, field: null, message: 'the file is empty' }]);

  const { separator, sepLine } = detectSeparator(text);
  const parsed = parseCsv(text, separator);
  if (!parsed.ok) return refuse([{ line: parsed.line, field: null, message: parsed.message }]);
  const [headerRecord, ...records] = sepLine ? parsed.records.slice(1) : parsed.records;
  if (headerRecord === undefined) return refuse([{ line: null, field: null, message: 'the file is empty' }]);
  const { columns, problems } = readHeader(headerRecord);
  if (problems.length > 0) return refuse(problems);

  // Spreadsheets leave rows of empty cells at the end: they are not entries.
  const rows = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  if (rows.length > MAX_DIRECTORY_ENTRIES) {
    return refuse([
      { line: null, field: null, message: `the file has ${rows.length} entries; at most ${MAX_DIRECTORY_ENTRIES}` },
    ]);
  }
  const newId = options.newId ?? (() => crypto.randomUUID());
  const raw = rows.map((record) => {
    const extra = record.cells.slice(columns.length).filter((cell) => cell.trim() !== '').length;
    if (extra > 0) {
      problems.push({
        line: record.line,
        field: null,
        message: `${record.cells.length} cells, but the header has ${columns.length} columns`,
      });
    }
    const entry: Record<string, string> = {};
    columns.forEach((field, index) => {
      const value = field === null ? undefined : cellValue(record.cells[index] ?? '');
      if (field !== null && value !== undefined) entry[field] = field === 'id' ? value.toLowerCase() : value;
    });
    entry.id ??= newId();
    return entry;
  });

  const validation = validateEntries(raw, options);
  if (!validation.ok) {
    const lineOf = (index: number | null) => (index === null ? null : (rows[index]?.line ?? null));
    for (const problem of validation.problems) {
      const duplicateLine = problem.duplicateOf === undefined ? null : lineOf(problem.duplicateOf);
      problems.push({
        line: lineOf(problem.index),
        field: problem.field,
        message: duplicateLine === null ? problem.message : `same id as line ${duplicateLine}`,
      });
    }
  }
  if (problems.length > 0) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return refuse(problems);
  }
  return validation.ok ? { ok: true, entries: validation.entries } : refuse(problems);
}
