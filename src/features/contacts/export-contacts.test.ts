import { describe, expect, it } from 'vitest';
import { ContactSchema, type Contact } from '../../sync/protocol';
import { buildContactsCsv, buildContactsJson, csvCell, CSV_COLUMNS, exportFileName } from './export-contacts';

const full: Contact = {
  id: '2b0f3c7e-8a4d-4f5e-9c1a-0d2e3f4a5b6c',
  revision: 3,
  updatedAt: '2026-01-02T08:00:00.000Z',
  deleted: false,
  body: {
    schemaVersion: 1,
    occurredAt: '2026-01-01T21:05:00+01:00',
    place: 'Hall B, "les tours"',
    kind: 'street',
    people: 3,
    ageBands: ['13-15', '16-17'],
    topics: ['self-confidence', 'impunity'],
    signals: ['school-dropout'],
    schemes: ['cej'],
    followUpDate: '2026-01-08',
    note: 'Première ligne,\nseconde ligne',
    referrals: [
      {
        id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        schemeId: 'cej',
        checklistId: 'referral-cej',
        startedAt: '2026-01-01T20:10:00.000Z',
        stepsDone: ['explain', 'consent'],
        outcome: 'waiting',
        followUpDate: '2026-01-15',
        updatedAt: '2026-01-02T08:00:00.000Z',
      },
    ],
  },
};

const minimal: Contact = {
  id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  revision: 1,
  updatedAt: '2026-01-03T08:00:00.000Z',
  deleted: false,
  body: {
    schemaVersion: 1,
    occurredAt: '2026-01-03T09:00:00+01:00',
    ageBands: [],
    topics: [],
    signals: [],
    schemes: [],
  },
};

/** A small RFC 4180 reader, to check the text round-trips (quotes, commas and line breaks inside fields). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('CSV export', () => {
  it('has a BOM, a header and one CRLF-ended row per contact, lists joined with "; "', () => {
    const csv = buildContactsCsv([full, minimal]);
    expect(csv.startsWith('\uFEFFid,revision,updatedAt,occurredAt,place,kind,people,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const record = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[1]?.[i]]));
    expect(record).toEqual({
      id: full.id,
      revision: '3',
      updatedAt: '2026-01-02T08:00:00.000Z',
      occurredAt: '2026-01-01T21:05:00+01:00',
      place: 'Hall B, "les tours"',
      kind: 'street',
      people: '3',
      ageBands: '13-15; 16-17',
      topics: 'self-confidence; impunity',
      signals: 'school-dropout',
      schemes: 'cej',
      followUpDate: '2026-01-08',
      note: 'Première ligne,\nseconde ligne',
      referrals: JSON.stringify(full.body?.referrals),
      referralSchemes: 'cej',
      referralOutcomes: 'cej: waiting',
    });
    expect(rows[2]).toEqual([minimal.id, '1', minimal.updatedAt, '2026-01-03T09:00:00+01:00', ...Array(12).fill('')]);
  });

  it('quotes only when needed, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12)).toBe('12');
  });

  it.each(['=1+1', '+33 6 00 00 00 00', '-2', '@SUM(A1)', '\tx', '\rx'])(
    'guards %j against formula injection',
    (value) => {
      const cell = csvCell(value);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
      const csv = buildContactsCsv([{ ...minimal, body: { ...minimal.body!, place: value, note: value } }]);
      const row = parseCsv(csv.slice(1))[1] ?? [];
      expect(row[4]).toBe(`'${value}`);
      expect(row[12]).toBe(`'${value}`);
    },
  );

  it('is just the header when there is no contact', () => {
    expect(buildContactsCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('JSON export', () => {
  it('is an envelope with the date, the app and the contacts in wire form', () => {
    const text = buildContactsJson([full, minimal], new Date('2026-01-04T10:00:00Z'), '1.2.3');
    const parsed = JSON.parse(text) as { exportedAt: string; app: unknown; contacts: unknown[] };
    expect(parsed.exportedAt).toBe('2026-01-04T10:00:00.000Z');
    expect(parsed.app).toEqual({ name: 'LIMITS Terrain', version: '1.2.3' });
    expect(parsed.contacts).toEqual([full, minimal]);
    for (const contact of parsed.contacts) expect(ContactSchema.safeParse(contact).success).toBe(true);
  });
});

describe('file names', () => {
  it('dates the file in device time', () => {
    expect(exportFileName('csv', new Date(2026, 0, 4, 23, 59))).toBe('limits-contacts-2026-01-04.csv');
    expect(exportFileName('json', new Date(2026, 11, 31))).toBe('limits-contacts-2026-12-31.json');
  });
});
