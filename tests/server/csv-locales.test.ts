/**
 * Issue #13, "CSV formula guard bypassed in French Excel" ([S31]): the team export, read the way a spreadsheet
 * reads it with `;` (French Excel's default) or `,`, has no cell that starts with a formula; the device's own
 * export writes the very same lines (one rule, src/shared/contacts/contacts-csv.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContactsCsv } from '../../src/shared/contacts/contacts-csv';
import type { Contact } from '../../src/shared/protocol/protocol';
import { api, body, contact, startSyncServer, sync, type SyncTestServer } from './sync-helpers';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(() => server.close());

const HOSTILE = [
  'x;=1+1',
  "x;=cmd|' /C calc'!A0;y",
  'a, +33 6 00 00 00 00',
  'a,=HYPERLINK("http://example.invalid","x")',
  '"x";=1',
  'x; ;@SUM(A1)',
  'tab\t=1+1',
  'line\r\n-2+3',
  '=1+1',
  '@SUM(A1)',
  ' =1',
];

/**
 * How Excel and LibreOffice split a line: a field that starts with `"` is read quoted (`""` is a quote) and
 * whatever follows the closing quote is appended up to the separator; a quote anywhere else is just text.
 * Line breaks end a record only outside a quoted start.
 */
function spreadsheetCells(text: string, separator: ',' | ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i += 1;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else value += text[i++];
      }
    }
    while (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') value += text[i++];
    record.push(value);
    if (text[i] === separator) {
      i += 1;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') i += 1;
    i += 1;
    records.push(record);
    record = [];
  }
  return records;
}

const startsAFormula = (cell: string) => /^[\s"]*[=+\-@]/.test(cell);

describe('CSV exports in every locale', () => {
  it('[S31] read with ; or , no cell starts with a formula; the device export writes the same lines', async () => {
    const contacts: Contact[] = HOSTILE.map((text) => contact({ body: body({ place: text, note: text }) }));
    expect((await sync(server, server.a.worker, contacts)).status).toBe(200);
    const exported = await api<string>(server, '/api/v1/export.csv', { token: server.a.coordinator });
    expect(exported.status).toBe(200);
    const csv = exported.json;

    for (const separator of [';', ','] as const) {
      const cells = spreadsheetCells(csv.replace(/^\uFEFF/, ''), separator).flat();
      expect(cells.length).toBeGreaterThan(HOSTILE.length * 2);
      expect(cells.filter(startsAFormula)).toEqual([]);
    }
    // The guard is visible, not silent: the note's words are still there, behind a quote.
    expect(csv).toContain(`"x;'=1+1"`);

    const device = buildContactsCsv(contacts);
    const serverLines = new Set(csv.split('\r\n'));
    const deviceLines = device.split('\r\n').filter((line) => /^[0-9a-f]{8}-/.test(line));
    expect(deviceLines).toHaveLength(HOSTILE.length);
    for (const line of deviceLines) expect(serverLines.has(line)).toBe(true);
  });

  it('[S31] the splitter really finds formulas: the bare payload read with ; starts one', () => {
    expect(spreadsheetCells('a,"x;=1+1"\r\n', ';').flat().filter(startsAFormula)).toEqual(['=1+1"']);
  });
});
