/**
 * The team's local directory (docs/SPEC.md [S70]–[S79]): the structures that deliver each scheme near the team
 * (mission locale de X, the E2C campus, the PJJ unit…), shared by the app (device copy, import/export) and the
 * server (`GET`/`PUT /api/v1/directory`).
 *
 * Pure zod + types: no DOM and no Node imports, like src/shared/protocol/protocol.ts. Entries describe structures, never a
 * person followed by the team: there is no field for one, and `notes` are about the structure.
 */
import { z } from '../zod';
import { API_BASE, IsoDateTimeSchema } from '../protocol/protocol';
import { isEmailAddress, isMapUrl, isPhoneNumber, MAX_EMAIL_LENGTH, MAX_PHONE_LENGTH } from './contact-links';

export const DIRECTORY_PATH = `${API_BASE}/directory`;

/** [S72] At most this many entries in a directory (and at most 1 MiB of JSON per PUT, [S10]). */
export const MAX_DIRECTORY_ENTRIES = 500;

/** [S71] Longest value of each field, in UTF-16 code units after trimming. */
export const ENTRY_LIMITS = {
  name: 200,
  address: 300,
  phone: MAX_PHONE_LENGTH,
  email: MAX_EMAIL_LENGTH,
  openingHours: 500,
  notes: 2000,
  mapUrl: 1000,
} as const;

/** The fields of an entry, in the order of the CSV columns and of the JSON export. */
export const ENTRY_FIELDS = [
  'id',
  'schemeId',
  'name',
  'address',
  'phone',
  'email',
  'openingHours',
  'notes',
  'mapUrl',
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Matching control characters is the point of these two: they are what a field must not contain.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Multi-line fields keep tabs and line breaks. */
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const mustBeText = (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : 'must be text');

/**
 * Trimmed text of 1 to `max` code units, well-formed Unicode, without control characters (tab and line breaks
 * allowed when `multiLine`). Optional fields are left out rather than sent empty. A length problem stops the
 * checks of that field (`abort`), so an empty phone is reported once, not also as "not a phone number".
 */
function text(max: number, options: { multiLine?: boolean; optional?: boolean } = {}) {
  const control = options.multiLine ? CONTROL_EXCEPT_BREAKS : CONTROL;
  return z
    .string({ error: mustBeText })
    .trim()
    .min(1, { error: options.optional ? 'empty: leave the field out instead' : 'required', abort: true })
    .max(max, { error: `at most ${max} characters`, abort: true })
    .refine((value) => !LONE_SURROGATE.test(value), { error: 'must be well-formed Unicode text' })
    .refine((value) => !control.test(value), {
      error: options.multiLine ? 'must not contain control characters' : 'must be one line, without control characters',
    });
}

/** Lowercase canonical UUID (`crypto.randomUUID()` on the device that created the entry). */
export const EntryIdSchema = z
  .string({ error: mustBeText })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, {
    error: 'must be a lowercase UUID',
  });

/**
 * A scheme id of the content pack (kebab-case). The server checks the form only: devices may run different
 * content pack versions, and a directory must not become unpublishable because a scheme was renamed. Imports
 * on the device also check the id against the pack ([S75]).
 */
export const SchemeIdSchema = z
  .string({ error: mustBeText })
  .max(60, { error: 'at most 60 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a scheme id such as mission-locale' });

const ALLOWED_FIELDS = `the fields are ${ENTRY_FIELDS.join(', ')}`;

/** [S71] One local structure that delivers a scheme. */
export const DirectoryEntrySchema = z.strictObject(
  {
    id: EntryIdSchema,
    schemeId: SchemeIdSchema,
    name: text(ENTRY_LIMITS.name),
    address: text(ENTRY_LIMITS.address, { multiLine: true, optional: true }).optional(),
    phone: text(ENTRY_LIMITS.phone, { optional: true })
      .refine(isPhoneNumber, { error: 'not a phone number (e.g. 01 23 45 67 89 or +33 1 23 45 67 89)' })
      .optional(),
    email: text(ENTRY_LIMITS.email, { optional: true })
      .refine(isEmailAddress, { error: 'not an e-mail address' })
      .optional(),
    openingHours: text(ENTRY_LIMITS.openingHours, { multiLine: true, optional: true }).optional(),
    notes: text(ENTRY_LIMITS.notes, { multiLine: true, optional: true }).optional(),
    mapUrl: text(ENTRY_LIMITS.mapUrl, { optional: true })
      .refine(isMapUrl, { error: 'must be an https:// link or a geo: location' })
      .optional(),
  },
  {
    // Never quote the unknown keys: messages reach the server log, and a key could be anything the sender typed.
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown field; ${ALLOWED_FIELDS}` : 'must be an object with fields',
  },
);

/** Each repeated id after its first occurrence: `[index, index of the first]`. */
function repeatedIds(entries: readonly unknown[]): Array<[number, number]> {
  const firstIndex = new Map<string, number>();
  const repeats: Array<[number, number]> = [];
  entries.forEach((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else repeats.push([index, first]);
  });
  return repeats;
}

const EntryListSchema = z
  .array(DirectoryEntrySchema, { error: 'must be a list of entries' })
  .max(MAX_DIRECTORY_ENTRIES, { error: `at most ${MAX_DIRECTORY_ENTRIES} entries` });

const sameIdAs = (first: number) => `same id as entry ${first + 1}`;

/** [S72] The entries of a directory: at most {@link MAX_DIRECTORY_ENTRIES}, each id once. */
export const DirectoryEntriesSchema = EntryListSchema.superRefine((entries, context) => {
  for (const [index, first] of repeatedIds(entries)) {
    context.addIssue({ code: 'custom', path: [index, 'id'], message: sameIdAs(first) });
  }
});

/** [S73] A team's directory as the server answers it. Version 0 (updatedAt null, no entries): never published. */
export const DirectorySchema = z.strictObject({
  version: z.int().min(0),
  updatedAt: IsoDateTimeSchema.nullable(),
  entries: DirectoryEntriesSchema,
});

/** [S74] `PUT /api/v1/directory`: the whole new list, and the version it was edited from (optional). */
export const DirectoryPutRequestSchema = z.strictObject({
  baseVersion: z.int().min(0).optional(),
  entries: DirectoryEntriesSchema,
});

/**
 * [S74] What the server checks first (400 when it fails); the entries are then judged by
 * {@link validateEntries} (422).
 */
export const DirectoryPutEnvelopeSchema = z.strictObject({
  baseVersion: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  entries: z.array(z.unknown()),
});

/** Error codes of the directory endpoints, besides those of [S50] ([S74]). */
export const DIRECTORY_ERROR_CODES = {
  invalidDirectory: 'invalid_directory',
  versionConflict: 'version_conflict',
} as const;

export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>;
export type Directory = z.infer<typeof DirectorySchema>;
export type DirectoryPutRequest = z.infer<typeof DirectoryPutRequestSchema>;

export interface EntryProblem {
  /** Index of the entry in the list; null for a problem of the whole list (too many entries). */
  index: number | null;
  /** The entry's field, when the problem is about one. */
  field: EntryField | null;
  /** Plain English, never quoting the value: safe to log and to show. */
  message: string;
  /** For a repeated id: index of the entry that had it first. */
  duplicateOf?: number;
}

export type EntriesValidation = { ok: true; entries: DirectoryEntry[] } | { ok: false; problems: EntryProblem[] };

export interface ValidateOptions {
  /** The content pack's scheme ids: when given, an entry for another scheme is a problem ([S75]). */
  schemeIds?: ReadonlySet<string>;
}

function fieldOf(key: PropertyKey | undefined): EntryField | null {
  return typeof key === 'string' && (ENTRY_FIELDS as readonly string[]).includes(key) ? (key as EntryField) : null;
}

/**
 * [S72][S75] Validates a whole list: either every entry, normalised (trimmed), or every problem found. Shared by
 * the server's PUT, the JSON import and the CSV import, so all three accept exactly the same directories.
 */
export function validateEntries(raw: unknown, options: ValidateOptions = {}): EntriesValidation {
  // The list schema without its unique-id refinement (zod skips refinements of a list with an invalid item):
  // repeated ids are looked for here, so they are reported together with every other problem.
  const parsed = EntryListSchema.safeParse(raw);
  const problems: EntryProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [index, key] = issue.path;
      problems.push({ index: typeof index === 'number' ? index : null, field: fieldOf(key), message: issue.message });
    }
  }
  if (Array.isArray(raw) && raw.length <= MAX_DIRECTORY_ENTRIES) {
    for (const [index, first] of repeatedIds(raw)) {
      problems.push({ index, field: 'id', message: sameIdAs(first), duplicateOf: first });
    }
  }
  const { schemeIds } = options;
  if (schemeIds && Array.isArray(raw)) {
    raw.forEach((entry: unknown, index) => {
      const schemeId = (entry as { schemeId?: unknown } | null)?.schemeId;
      const alreadyReported = problems.some((p) => p.index === index && p.field === 'schemeId');
      if (typeof schemeId === 'string' && !alreadyReported && !schemeIds.has(schemeId)) {
        problems.push({ index, field: 'schemeId', message: 'not a scheme of the guide' });
      }
    });
  }
  if (problems.length > 0 || !parsed.success) {
    // By entry, then in the order of the fields, whichever check found the problem.
    const fieldRank = (problem: EntryProblem) =>
      problem.field === null ? ENTRY_FIELDS.length : ENTRY_FIELDS.indexOf(problem.field);
    problems.sort((a, b) => (a.index ?? -1) - (b.index ?? -1) || fieldRank(a) - fieldRank(b));
    return { ok: false, problems };
  }
  return { ok: true, entries: parsed.data };
}

/** `entries.3.phone: not a phone number`: a problem of a PUT body, 0-based like the JSON array. */
export function describeProblem(problem: EntryProblem): string {
  const path = ['entries', problem.index, problem.field].filter((part) => part !== null).join('.');
  return `${path}: ${problem.message}`;
}
