import { describe, expect, it } from 'vitest';
import {
  describeProblem,
  DirectoryEntrySchema,
  ENTRY_LIMITS,
  MAX_DIRECTORY_ENTRIES,
  validateEntries,
  type DirectoryEntry,
} from './schema';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: ID(1),
    schemeId: 'mission-locale',
    name: 'Mission locale de Saint-Denis',
    address: '12 rue de la République\n93200 Saint-Denis',
    phone: '01 48 13 00 00',
    email: 'accueil@ml-saint-denis.fr',
    openingHours: 'Lun–ven 9 h–12 h 30, 13 h 30–17 h',
    notes: 'Permanence CEJ le mardi ; demander le conseiller référent.',
    mapUrl: 'https://www.openstreetmap.org/search?query=saint-denis',
    ...overrides,
  };
}

const problemsOf = (value: Record<string, unknown>) => {
  const result = validateEntries([value]);
  return result.ok ? [] : result.problems.map(describeProblem);
};

describe('DirectoryEntrySchema ([S71])', () => {
  it('accepts a full entry and one with only id, schemeId and name', () => {
    expect(validateEntries([entry()])).toEqual({ ok: true, entries: [entry()] });
    const minimal = { id: ID(2), schemeId: 'cej', name: 'CEJ Nord' };
    expect(validateEntries([minimal])).toEqual({ ok: true, entries: [minimal] });
  });

  it('trims every text field', () => {
    const parsed = DirectoryEntrySchema.parse(entry({ name: '  ML Nord \n', phone: ' 01 23 45 67 89 ' }));
    expect(parsed.name).toBe('ML Nord');
    expect(parsed.phone).toBe('01 23 45 67 89');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['missing name', { name: undefined }, 'entries.0.name: required'],
    ['blank name', { name: '   ' }, 'entries.0.name: required'],
    ['name not text', { name: 42 }, 'entries.0.name: must be text'],
    ['name on two lines', { name: 'ML\nNord' }, 'entries.0.name: must be one line, without control characters'],
    [
      'name too long',
      { name: 'x'.repeat(ENTRY_LIMITS.name + 1) },
      `entries.0.name: at most ${ENTRY_LIMITS.name} characters`,
    ],
    ['lone surrogate', { notes: 'a\ud800b' }, 'entries.0.notes: must be well-formed Unicode text'],
    ['control character in notes', { notes: 'a\u0007b' }, 'entries.0.notes: must not contain control characters'],
    ['empty optional field', { email: '' }, 'entries.0.email: empty: leave the field out instead'],
    [
      'bad phone',
      { phone: '01 23 45' },
      'entries.0.phone: not a phone number (e.g. 01 23 45 67 89 or +33 1 23 45 67 89)',
    ],
    ['bad email', { email: 'accueil@ml' }, 'entries.0.email: not an e-mail address'],
    [
      'javascript map link',
      { mapUrl: 'javascript:alert(1)' },
      'entries.0.mapUrl: must be an https:// link or a geo: location',
    ],
    ['uppercase id', { id: 'ABCDEF00-0000-4000-8000-00000000000A' }, 'entries.0.id: must be a lowercase UUID'],
    ['missing id', { id: undefined }, 'entries.0.id: required'],
    ['bad scheme id', { schemeId: 'Mission Locale' }, 'entries.0.schemeId: must be a scheme id such as mission-locale'],
    [
      'unknown field',
      { youngPerson: 'Kevin, 15' },
      'entries.0: unknown field; the fields are id, schemeId, name, address, phone, email, openingHours, notes, mapUrl',
    ],
  ])('%s → %s', (_name, overrides, message) => {
    const value = entry(overrides);
    for (const [key, v] of Object.entries(overrides)) if (v === undefined) delete value[key];
    expect(problemsOf(value)).toEqual([message]);
  });

  it('never quotes the value or an unknown key in a problem (problems reach the server log)', () => {
    const messages = problemsOf(entry({ phone: 'call Kevin', 'Kevin Dupont': 1 }));
    expect(messages.join(' ')).not.toMatch(/Kevin/);
  });
});

describe('validateEntries ([S72], [S75])', () => {
  it('reports every problem of every entry, in order, with the entry index', () => {
    const result = validateEntries([
      entry({ id: ID(1) }),
      entry({ id: ID(2), phone: 'x' }),
      entry({ id: ID(3), email: 'y' }),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.index, p.field])).toEqual([
      [1, 'phone'],
      [2, 'email'],
    ]);
  });

  it('refuses a repeated id, naming the first entry that had it', () => {
    const result = validateEntries([entry({ id: ID(1) }), entry({ id: ID(2) }), entry({ id: ID(1) })]);
    expect(result).toEqual({
      ok: false,
      problems: [{ index: 2, field: 'id', message: 'same id as entry 1', duplicateOf: 0 }],
    });
  });

  it(`refuses more than ${MAX_DIRECTORY_ENTRIES} entries as a whole`, () => {
    const many = Array.from({ length: MAX_DIRECTORY_ENTRIES + 1 }, (_, i) => entry({ id: ID(i) }));
    expect(validateEntries(many)).toEqual({
      ok: false,
      problems: [{ index: null, field: null, message: `at most ${MAX_DIRECTORY_ENTRIES} entries` }],
    });
    expect(validateEntries(many.slice(1)).ok).toBe(true);
  });

  it('checks scheme ids against the content pack only when given them', () => {
    const value = [entry({ schemeId: 'old-scheme' })];
    expect(validateEntries(value).ok).toBe(true);
    expect(validateEntries(value, { schemeIds: new Set(['mission-locale', 'cej']) })).toEqual({
      ok: false,
      problems: [{ index: 0, field: 'schemeId', message: 'not a scheme of the guide' }],
    });
  });

  it.each([null, 'entries', {}, [null], [[]]])('refuses %j', (value) => {
    expect(validateEntries(value).ok).toBe(false);
  });

  it('returns the normalised entries, typed', () => {
    const result = validateEntries([entry({ name: ' ML ' })]);
    const entries: DirectoryEntry[] = result.ok ? result.entries : [];
    expect(entries[0]?.name).toBe('ML');
  });
});
