/**
 * [S77] The directory as a JSON file: the {@link Directory} document the server answers (version, updatedAt,
 * entries), indented for people who read or edit it. Importing takes its entries only: versions belong to the
 * server.
 */
import { decodeImportText, NOT_UTF8, refuse, type ImportProblem, type ImportResult } from './import-result';
import { locateJsonLines } from './json-lines';
import { ENTRY_FIELDS, validateEntries, type Directory, type ValidateOptions } from './schema';

export function exportDirectoryJson(directory: Directory): string {
  // Fields in a fixed order, whatever order the entries were built in, so two exports of one directory diff clean.
  const entries = directory.entries.map((entry) =>
    Object.fromEntries(
      ENTRY_FIELDS.filter((field) => entry[field] !== undefined).map((field) => [field, entry[field]]),
    ),
  );
  return `${JSON.stringify({ version: directory.version, updatedAt: directory.updatedAt, entries }, null, 2)}\n`;
}

const FILE_KEYS = new Set(['version', 'updatedAt', 'entries']);
const NOT_A_DIRECTORY = 'not a directory file: expected an object with "entries" (and "version", "updatedAt")';

/**
 * [S75][S77] Reads a JSON file (text, or bytes that must be UTF-8): every entry, or the problems that refuse the
 * file, each with its line (`line 27: phone: not a phone number`).
 */
export function importDirectoryJson(input: string | Uint8Array, options: ValidateOptions = {}): ImportResult {
  const decoded = decodeImportText(input);
  if (!decoded.ok) return refuse([NOT_UTF8]);
  const { text } = decoded;
  if (text.trim() === '') return refuse([{ line: null, field: null, message: 'the file is empty' }]);

  const located = locateJsonLines(text);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    const line = located.ok ? null : located.line;
    const reason = located.ok ? 'not valid JSON' : `not valid JSON: ${located.message}`;
    return refuse([{ line, field: null, message: reason }]);
  }
  // JSON.parse accepted it, so the scanner did too; this keeps the types honest.
  if (!located.ok) return refuse([{ line: located.line, field: null, message: located.message }]);

  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return refuse([{ line: 1, field: null, message: NOT_A_DIRECTORY }]);
  }
  const record = document as Record<string, unknown>;
  if (!Array.isArray(record.entries) || Object.keys(record).some((key) => !FILE_KEYS.has(key))) {
    return refuse([{ line: 1, field: null, message: NOT_A_DIRECTORY }]);
  }

  const validation = validateEntries(record.entries, options);
  if (validation.ok) return validation;
  const lineOf = (index: number | null, field: string | null): number | null =>
    index === null ? null : located.lineOf(['entries', index, ...(field === null ? [] : [field])]);
  const problems = validation.problems.map((problem): ImportProblem => {
    const duplicateLine = problem.duplicateOf === undefined ? null : lineOf(problem.duplicateOf, null);
    return {
      line: lineOf(problem.index, problem.field),
      field: problem.field,
      message: duplicateLine === null ? problem.message : `same id as the entry on line ${duplicateLine}`,
    };
  });
  return refuse(problems);
}
