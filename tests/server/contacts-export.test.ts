import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactsPageSchema, type Contact, type ContactsPage } from '../../src/shared/protocol/protocol';
import { CONTACT_CSV_COLUMN_NAMES as CSV_COLUMNS } from '../../src/shared/contacts/contacts-csv';
import { csvCell } from '../../src/shared/csv';
import { api, body, contact, startSyncServer, sync, tombstone, type SyncTestServer } from './sync-helpers';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

const page = async (query: string, token = server.b.coordinator) => {
  const response = await api<ContactsPage>(server, `/api/v1/contacts${query}`, { token });
  if (response.status === 200) ContactsPageSchema.parse(response.json);
  return response;
};

/** RFC 4180 parser, strict enough to catch quoting mistakes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else {
      cell += ch;
    }
  }
  if (quoted || cell !== '' || row.length > 0) throw new Error('unterminated last line');
  return rows;
}

describe('GET /api/v1/contacts', () => {
  it('[S30] pages through every change once, in order, then waits at the last cursor', async () => {
    const sent = Array.from({ length: 25 }, () => contact());
    for (let i = 0; i < 25; i += 5) await sync(server, server.b.worker, sent.slice(i, i + 5));

    const seen: Contact[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const response = await page(`?limit=10${cursor === undefined ? '' : `&since=${cursor}`}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      seen.push(...response.json.contacts);
      cursor = response.json.nextCursor;
      pages += 1;
      if (!response.json.hasMore) break;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(sent);

    expect((await page(`?since=${cursor}`)).json).toEqual({ contacts: [], nextCursor: cursor, hasMore: false });

    // [S16] edits and deletions come back after the cursor, at their latest state.
    const edited = { ...sent[3]!, revision: 2, body: body({ note: 'later' }) };
    await sync(server, server.b.worker, [edited, tombstone(sent[7]!)]);
    const next = (await page(`?since=${cursor}`)).json;
    expect(next.contacts).toEqual([edited, tombstone(sent[7]!)]);
    expect(Number(next.nextCursor)).toBeGreaterThan(Number(cursor));
  });

  it('[S30] default and maximum page sizes', async () => {
    expect((await page('')).status).toBe(200);
    expect((await page('?limit=1000')).status).toBe(200);
  });

  it.each([
    '?since=abc',
    '?since=-1',
    '?since=01',
    '?since=1e3',
    '?since=99999999999999999999',
    '?limit=0',
    '?limit=1001',
    '?limit=ten',
    '?limit=2.5',
    '?limit=10&limit=20',
    '?cursor=3',
  ])('[S30] %s → 400 invalid_request', async (query) => {
    const response = await page(query);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: 'invalid_request' });
  });
});

describe('GET /api/v1/export.csv', () => {
  it('[S31] RFC 4180 CSV of the live contacts, oldest first, as a download', async () => {
    const fresh = await startSyncServer();
    try {
      const tricky = contact({
        body: body({
          occurredAt: '2025-01-02T10:00:00Z',
          place: 'Rue "Haute", bât. B',
          note: 'line 1\nline 2, with comma\r\nline 3',
          ageBands: ['13-15', '16-17'],
          kind: 'school',
          people: 3,
        }),
      });
      const formulas = contact({
        body: body({ occurredAt: '2025-01-01T10:00:00Z', place: '=HYPERLINK("http://x")', note: '+33 6 12' }),
      });
      const more = contact({ body: body({ occurredAt: '2025-01-03T10:00:00Z', place: '-1', note: '@SUM(A1)' }) });
      const deleted = contact();
      await sync(fresh, fresh.a.worker, [tricky, formulas, more, deleted]);
      await sync(fresh, fresh.a.worker, [tombstone(deleted)]);

      const response = await fetch(`${fresh.baseUrl}/api/v1/export.csv`, {
        headers: { authorization: `Bearer ${fresh.a.coordinator}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="limits-contacts-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, for Excel
      const rows = parseCsv(new TextDecoder().decode(bytes));
      expect(rows[0]).toEqual(CSV_COLUMNS);
      expect(rows).toHaveLength(4);
      expect(rows.map((row) => row[0])).toEqual(['id', formulas.id, tricky.id, more.id]);
      const column = (name: string) => CSV_COLUMNS.indexOf(name);
      const trickyRow = rows[2]!;
      expect(trickyRow[column('place')]).toBe('Rue "Haute", bât. B');
      expect(trickyRow[column('note')]).toBe('line 1\nline 2, with comma\r\nline 3');
      expect(trickyRow[column('ageBands')]).toBe('13-15; 16-17');
      expect(trickyRow[column('people')]).toBe('3');
      expect(rows[1]![column('place')]).toBe(`'=HYPERLINK("http://x")`);
      expect(rows[1]![column('note')]).toBe(`'+33 6 12`);
      expect(rows[3]![column('place')]).toBe(`'-1`);
      expect(rows[3]![column('note')]).toBe(`'@SUM(A1)`);
    } finally {
      await fresh.close();
    }
  });

  it('[S31] an empty team gets the header row only', async () => {
    const fresh = await startSyncServer();
    try {
      const csv = await api<string>(fresh, '/api/v1/export.csv', { token: fresh.b.coordinator });
      expect(parseCsv(csv.json.replace(/^\uFEFF/, ''))).toEqual([CSV_COLUMNS]);
    } finally {
      await fresh.close();
    }
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['x;=1+1', '"x;=1+1"'],
    ['say "hi"', '"say ""hi"""'],
    ['plain', 'plain'],
    ['', ''],
  ])('[S31] cell %j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});
