/**
 * The contact form's values (strings and lists, exactly what the inputs hold) and their conversion to and from
 * the wire body ([S5] in docs/SPEC.md). Pure, so drafts, the form and the tests share one definition.
 */
import {
  AGE_BANDS,
  CONTACT_KINDS,
  ContactBodySchema,
  SIGNALS,
  type AgeBand,
  type ContactBody,
  type ContactKind,
  type Signal,
} from '../../shared/protocol/protocol';

export interface ContactFormValues {
  /** `datetime-local` value, e.g. "2025-03-14T21:05" (device time). */
  occurredAt: string;
  place: string;
  kind: ContactKind | '';
  people: string;
  ageBands: AgeBand[];
  topics: string[];
  signals: Signal[];
  schemes: string[];
  /** `date` value, e.g. "2025-03-21". */
  followUpDate: string;
  note: string;
}

export type ContactField = keyof ContactFormValues;
export type FieldError = 'required' | 'invalid' | 'tooLong' | 'range';
/** `form`: a problem no field of the form shows (e.g. reserved data from another version of the app). */
export type FieldErrors = Partial<Record<ContactField | 'form', FieldError>>;

export const PLACE_MAX = 200;
export const NOTE_MAX = 5000;
export const PEOPLE_MAX = 500;

const pad = (n: number) => String(n).padStart(2, '0');

/** Device-time `datetime-local` value of a moment, to the minute. */
export function toLocalInput(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * ISO 8601 with the device's offset at that moment, e.g. "2025-03-14T21:05:00+01:00". The wall-clock part is
 * what the user typed: the list sorts and filters periods on it, in the time of the place of the contact.
 */
export function localInputToIso(value: string): string | undefined {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  // Rejects 31 February and the like, which Date would silently roll over.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${toLocalInput(date)}:${pad(date.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function emptyValues(now: Date): ContactFormValues {
  return {
    occurredAt: toLocalInput(now),
    place: '',
    kind: '',
    people: '',
    ageBands: [],
    topics: [],
    signals: [],
    schemes: [],
    followUpDate: '',
    note: '',
  };
}

export function valuesFromBody(body: ContactBody): ContactFormValues {
  return {
    occurredAt: toLocalInput(new Date(body.occurredAt)),
    place: body.place ?? '',
    kind: body.kind ?? '',
    people: body.people === undefined ? '' : String(body.people),
    ageBands: [...body.ageBands],
    topics: [...body.topics],
    signals: [...body.signals],
    schemes: [...body.schemes],
    followUpDate: body.followUpDate ?? '',
    note: body.note ?? '',
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every(isString) ? [...new Set(value)] : undefined;
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

/**
 * A draft as stored (possibly by an older version of the app, or damaged): every field of the right type is
 * taken, anything else falls back. Typed text is never dropped because another field is broken.
 */
export function valuesFromDraft(stored: Record<string, unknown>, fallback: ContactFormValues): ContactFormValues {
  const text = (key: ContactField) => {
    const value = stored[key];
    return isString(value) ? value : (fallback[key] as string);
  };
  const kind = stored.kind;
  return {
    occurredAt: text('occurredAt'),
    place: text('place'),
    kind: kind === '' || oneOf(CONTACT_KINDS, kind) ? kind : fallback.kind,
    people: text('people'),
    ageBands: stringList(stored.ageBands)?.filter((v) => oneOf(AGE_BANDS, v)) ?? fallback.ageBands,
    topics: stringList(stored.topics) ?? fallback.topics,
    signals: stringList(stored.signals)?.filter((v) => oneOf(SIGNALS, v)) ?? fallback.signals,
    schemes: stringList(stored.schemes) ?? fallback.schemes,
    followUpDate: text('followUpDate'),
    note: text('note'),
  };
}

export type BuildResult = { ok: true; body: ContactBody } | { ok: false; errors: FieldErrors };

const FIELDS: readonly ContactField[] = [
  'occurredAt',
  'place',
  'kind',
  'people',
  'ageBands',
  'topics',
  'signals',
  'schemes',
  'followUpDate',
  'note',
];

const isField = (key: unknown): key is ContactField => FIELDS.includes(key as ContactField);

/**
 * The body to save, validated with the wire schema, or the fields in error. Editing keeps what the form does
 * not show (referrals) and the exact stored moment when the date field was left as it was.
 */
export function buildContactBody(values: ContactFormValues, base?: ContactBody): BuildResult {
  if (!values.occurredAt.trim()) return { ok: false, errors: { occurredAt: 'required' } };
  const unchangedMoment = base && values.occurredAt === toLocalInput(new Date(base.occurredAt));
  const occurredAt = unchangedMoment ? base.occurredAt : localInputToIso(values.occurredAt);
  if (!occurredAt) return { ok: false, errors: { occurredAt: 'invalid' } };

  const place = values.place.trim();
  const note = values.note.trim();
  const people = values.people.trim();
  const candidate: Record<string, unknown> = {
    schemaVersion: 1,
    occurredAt,
    ageBands: values.ageBands,
    topics: values.topics,
    signals: values.signals,
    schemes: values.schemes,
  };
  if (place) candidate.place = place;
  if (values.kind) candidate.kind = values.kind;
  // Number('') is 0 and Number('2.5') is 2.5: the schema's integer range check turns both into an error.
  if (people) candidate.people = /^\d+$/.test(people) ? Number(people) : Number.NaN;
  if (values.followUpDate) candidate.followUpDate = values.followUpDate;
  if (note) candidate.note = note;
  if (base?.referrals) candidate.referrals = base.referrals;

  const parsed = ContactBodySchema.safeParse(candidate);
  if (parsed.success) return { ok: true, body: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (!isField(field) || errors[field]) continue;
    if (field === 'people') errors.people = 'range';
    else if (issue.code === 'too_big') errors[field] = 'tooLong';
    else errors[field] = 'invalid';
  }
  if (Object.keys(errors).length === 0) errors.form = 'invalid';
  return { ok: false, errors };
}
