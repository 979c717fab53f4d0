/**
 * The entry form's values and their check against [S71], with every problem as a translation key of the
 * `directory` namespace (the schema's own messages are English, for the server's answers and logs).
 */
import { DirectoryEntrySchema, ENTRY_LIMITS, type DirectoryEntry } from '../../shared/directory/schema';

export const FORM_FIELDS = ['name', 'address', 'phone', 'email', 'openingHours', 'notes', 'mapUrl'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type EntryValues = Record<FormField, string> & { schemeId: string };

export interface FieldProblem {
  key: `errors.${string}`;
  max?: number;
}
export type EntryProblems = Partial<Record<FormField | 'schemeId', FieldProblem>>;

export function valuesOf(entry: DirectoryEntry | undefined, schemeId: string): EntryValues {
  return {
    schemeId: entry?.schemeId ?? schemeId,
    name: entry?.name ?? '',
    address: entry?.address ?? '',
    phone: entry?.phone ?? '',
    email: entry?.email ?? '',
    openingHours: entry?.openingHours ?? '',
    notes: entry?.notes ?? '',
    mapUrl: entry?.mapUrl ?? '',
  };
}

function problemOf(field: FormField | 'schemeId', message: string): FieldProblem {
  if (message === 'required') return { key: field === 'schemeId' ? 'errors.scheme' : 'errors.required' };
  if (message.startsWith('at most') && field !== 'schemeId') return { key: 'errors.tooLong', max: ENTRY_LIMITS[field] };
  if (message.startsWith('not a phone')) return { key: 'errors.phone' };
  if (message.startsWith('not an e-mail')) return { key: 'errors.email' };
  if (message.startsWith('must be an https')) return { key: 'errors.mapUrl' };
  if (message.startsWith('must be one line')) return { key: 'errors.oneLine' };
  if (field === 'schemeId') return { key: 'errors.scheme' };
  return { key: 'errors.invalid' };
}

/** The entry the values describe (empty optional fields left out, [S71]), or the problem of each field. */
export function checkEntry(
  id: string,
  values: EntryValues,
): { ok: true; entry: DirectoryEntry } | { ok: false; problems: EntryProblems } {
  const raw: Record<string, string> = { id, schemeId: values.schemeId };
  for (const field of FORM_FIELDS) {
    if (field === 'name' || values[field].trim() !== '') raw[field] = values[field];
  }
  const parsed = DirectoryEntrySchema.safeParse(raw);
  if (parsed.success) return { ok: true, entry: parsed.data };
  const problems: EntryProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'schemeId' || (FORM_FIELDS as readonly unknown[]).includes(field)) {
      const key = field as FormField | 'schemeId';
      problems[key] ??= problemOf(key, issue.message);
    }
  }
  return { ok: false, problems };
}
