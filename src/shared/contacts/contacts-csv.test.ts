/** [S31] The contacts CSV both exports write (the server's team export, the device's own). */
import { describe, expect, it } from 'vitest';
import { csvCell } from '../csv';
import type { Contact } from '../protocol/protocol';
import { buildContactsCsv, CONTACT_CSV_COLUMN_NAMES as CSV_COLUMNS, contactsCsvChunks } from './contacts-csv';
import { full, minimal } from '../../../tests/unit/example-contacts';

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
      const csv = buildContactsCsv([{ ...minimal, body: { ...minimal.body, place: value, note: value } }]);
      const row = parseCsv(csv.slice(1))[1] ?? [];
      expect(row[4]).toBe(`'${value}`);
      expect(row[12]).toBe(`'${value}`);
    },
  );

  it('is just the header when there is no contact', () => {
    expect(buildContactsCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('streams the same text in chunks as it writes at once', async () => {
    async function* many(): AsyncIterable<Contact> {
      for (let i = 0; i < 450; i++) yield i % 2 ? full : minimal;
    }
    const chunks: string[] = [];
    for await (const chunk of contactsCsvChunks(many())) chunks.push(chunk);
    expect(chunks).toHaveLength(4);
    expect(chunks.join('')).toBe(buildContactsCsv(Array.from({ length: 450 }, (_, i) => (i % 2 ? full : minimal))));
  });
});
