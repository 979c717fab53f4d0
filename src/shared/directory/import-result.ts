/**
 * What the directory imports return ([S75]): every entry of the file, or the problems that refuse it whole. A
 * file is never half-imported.
 */
import type { DirectoryEntry, EntryField } from './schema';

export interface ImportProblem {
  /** 1-based line of the file; null for a problem of the whole file (not UTF-8, too many entries…). */
  line: number | null;
  field: EntryField | null;
  message: string;
}

export type ImportResult = { ok: true; entries: DirectoryEntry[] } | { ok: false; problems: ImportProblem[] };

/** A file with hundreds of bad lines is reported by its first problems; the last one counts the rest. */
export const MAX_REPORTED_PROBLEMS = 50;

export function refuse(problems: ImportProblem[]): ImportResult {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return { ok: false, problems };
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS - 1);
  const more = problems.length - shown.length;
  return { ok: false, problems: [...shown, { line: null, field: null, message: `and ${more} more problems` }] };
}

/** `line 7: phone: not a phone number`. */
export function formatImportProblem(problem: ImportProblem): string {
  return [problem.line === null ? null : `line ${problem.line}`, problem.field, problem.message]
    .filter((part) => part !== null)
    .join(': ');
}

/**
 * Text of an imported file: UTF-8, with or without a byte order mark. Anything else (a Windows-1252 export of
 * an old Excel) is refused rather than read with garbled accents.
 */
export function decodeImportText(input: string | Uint8Array): { ok: true; text: string } | { ok: false } {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { ok: false };
    }
  }
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

export const NOT_UTF8: ImportProblem = {
  line: null,
  field: null,
  message: 'the file is not UTF-8 text: save it as "CSV UTF-8" (or JSON) and import it again',
};
