import { describe, expect, it } from 'vitest';
import { exportDirectoryCsv, importDirectoryCsv } from './directory-csv';
import { formatImportProblem, MAX_REPORTED_PROBLEMS, type ImportResult } from './import-result';
import { MAX_DIRECTORY_ENTRIES, type DirectoryEntry } from './schema';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const HEADER = 'id;schemeId;name;address;phone;email;openingHours;notes;mapUrl';

const mlNord: DirectoryEntry = {
  id: ID(1),
  schemeId: 'mission-locale',
  name: 'Mission locale Nord',
  address: '3 place du Marché\n59000 Lille',
  phone: '03 20 00 00 00',
  email: 'accueil@ml-nord.fr',
  openingHours: 'Lun–ven 9 h–17 h',
  notes: 'Demander « le référent CEJ »; RDV sous 8 jours',
  mapUrl: 'geo:50.63,3.06',
};
const e2c: DirectoryEntry = { id: ID(2), schemeId: 'e2c', name: 'E2C Roubaix', phone: '+33 3 20 11 22 33' };

function problems(result: ImportResult): string[] {
  return result.ok ? [] : result.problems.map(formatImportProblem);
}

describe('exportDirectoryCsv ([S76])', () => {
  it('writes a BOM, the fixed header, one CRLF row per entry, quoting (, and ; alike) and formula protection', () => {
    const csv = exportDirectoryCsv([mlNord, e2c]);
    expect(csv).toBe(
      '\uFEFF' +
        `${HEADER}\r\n` +
        `${ID(1)};mission-locale;Mission locale Nord;"3 place du Marché\n59000 Lille";03 20 00 00 00;` +
        'accueil@ml-nord.fr;Lun–ven 9 h–17 h;"Demander « le référent CEJ »; RDV sous 8 jours";"geo:50.63,3.06"\r\n' +
        `${ID(2)};e2c;E2C Roubaix;;"'+33 3 20 11 22 33";;;;\r\n`,
    );
  });

  it('writes commas when asked', () => {
    expect(exportDirectoryCsv([e2c], { separator: ',' }).split('\r\n')[1]).toBe(
      `${ID(2)},e2c,E2C Roubaix,,"'+33 3 20 11 22 33",,,,`,
    );
  });

  it('an empty directory is the header alone', () => {
    expect(exportDirectoryCsv([])).toBe(`\uFEFF${HEADER}\r\n`);
  });
});

describe('importDirectoryCsv ([S75], [S76])', () => {
  it('reads back what it exported, with ; or ,', () => {
    for (const separator of [';', ','] as const) {
      expect(importDirectoryCsv(exportDirectoryCsv([mlNord, e2c], { separator }))).toEqual({
        ok: true,
        entries: [mlNord, e2c],
      });
    }
  });

  it('reads UTF-8 bytes with or without a BOM', () => {
    const text = exportDirectoryCsv([mlNord]);
    const withBom = new TextEncoder().encode(text);
    const withoutBom = new TextEncoder().encode(text.slice(1));
    expect(importDirectoryCsv(withBom)).toEqual({ ok: true, entries: [mlNord] });
    expect(importDirectoryCsv(withoutBom)).toEqual({ ok: true, entries: [mlNord] });
  });

  it('refuses bytes that are not UTF-8 (a Windows-1252 export) instead of garbling accents', () => {
    const latin1 = Uint8Array.from(
      [...'schemeId;name\ncej;Mission locale de Vitry-sur-Seine '].map((c) => c.charCodeAt(0)).concat(0xe9),
    );
    expect(problems(importDirectoryCsv(latin1))).toEqual([
      'the file is not UTF-8 text: save it as "CSV UTF-8" (or JSON) and import it again',
    ]);
  });

  it('reads a file typed in a spreadsheet: columns in any order and case, no id column, trailing empty rows', () => {
    const ids = [ID(10), ID(11)];
    const file =
      'Name,SchemeId,Phone\r\nML Sud,mission-locale, 04 91 00 00 00 \r\n"CEJ, antenne Est",cej,\r\n,,\r\n,,\r\n';
    expect(importDirectoryCsv(file, { newId: () => ids.shift() ?? 'none' })).toEqual({
      ok: true,
      entries: [
        { id: ID(10), schemeId: 'mission-locale', name: 'ML Sud', phone: '04 91 00 00 00' },
        { id: ID(11), schemeId: 'cej', name: 'CEJ, antenne Est' },
      ],
    });
  });

  it('honours the "sep=" line Excel may write before the header, keeping line numbers of the file', () => {
    const file = 'sep=,\r\nschemeId,name,notes\r\ncej,CEJ,"a; b"\r\ne2c,,\r\n';
    let n = 0;
    expect(problems(importDirectoryCsv(file, { newId: () => ID(++n) }))).toEqual(['line 4: name: required']);
    const ok = importDirectoryCsv('SEP=;\nschemeId;name\ncej;CEJ, Est\n', { newId: () => ID(5) });
    expect(ok).toEqual({ ok: true, entries: [{ id: ID(5), schemeId: 'cej', name: 'CEJ, Est' }] });
  });

  it('lowercases typed ids and drops the quote spreadsheets use to keep a cell as text', () => {
    const file = `id;schemeId;name;phone\n${ID(7).toUpperCase().replace(/0/g, 'A')};cej;X;'0612345678\n`;
    const result = importDirectoryCsv(file);
    expect(result.ok && result.entries[0]).toEqual({
      id: ID(7).replace(/0/g, 'a'),
      schemeId: 'cej',
      name: 'X',
      phone: '0612345678',
    });
  });

  it.each<[string, string, string[]]>([
    ['empty file', '', ['the file is empty']],
    ['only a BOM and spaces', '\uFEFF  \n', ['the file is empty']],
    [
      'unknown column',
      'schemeId;name;young person\n',
      [
        'line 1: unknown column "young person"; the columns are id, schemeId, name, address, phone, email, openingHours, notes, mapUrl',
      ],
    ],
    ['missing columns', 'id;phone\n', ['line 1: missing column "schemeId"', 'line 1: missing column "name"']],
    ['repeated column', 'schemeId;name;Name\n', ['line 1: name: column appears twice']],
    ['unclosed quote', 'schemeId;name\ncej;"CEJ\n', ['line 2: a quoted cell is never closed']],
    [
      'text after a quote',
      'schemeId;name\ncej;"CEJ"x\n',
      ['line 2: unexpected text after a closing quote (a quote inside a cell is "")'],
    ],
    ['too many cells', 'schemeId;name\ncej;CEJ;extra\n', ['line 2: 3 cells, but the header has 2 columns']],
  ])('%s is refused', (_name, file, expected) => {
    expect(problems(importDirectoryCsv(file, { newId: () => ID(99) }))).toEqual(expected);
  });

  it('refuses a bad file whole, naming each line and reason, and imports nothing', () => {
    const file = [
      'schemeId;name;phone;email',
      'mission-locale;ML Nord;03 20 00 00 00;accueil@ml-nord.fr',
      'cej;"CEJ',
      'antenne Est";01 23 45 67 89;',
      'e2c;E2C;03 20;',
      'cej;;;',
      'tapaj;TAPAJ;;tapaj@',
      'e2c;E2C bis;;',
    ].join('\r\n');
    let n = 0;
    const result = importDirectoryCsv(file, {
      newId: () => ID(++n),
      schemeIds: new Set(['mission-locale', 'cej', 'e2c']),
    });
    expect(result.ok).toBe(false);
    expect(problems(result)).toEqual([
      'line 3: name: must be one line, without control characters',
      'line 5: phone: not a phone number (e.g. 01 23 45 67 89 or +33 1 23 45 67 89)',
      'line 6: name: required',
      'line 7: schemeId: not a scheme of the guide',
      'line 7: email: not an e-mail address',
    ]);
  });

  it('names the line of the first occurrence of a repeated id', () => {
    const file = `id,schemeId,name\n${ID(1)},cej,A\n${ID(2)},cej,B\n${ID(1)},cej,C\n`;
    expect(problems(importDirectoryCsv(file))).toEqual(['line 4: id: same id as line 2']);
  });

  it(`refuses more than ${MAX_DIRECTORY_ENTRIES} entries`, () => {
    const rows = Array.from({ length: MAX_DIRECTORY_ENTRIES + 1 }, (_, i) => `cej;CEJ ${i}`);
    expect(problems(importDirectoryCsv(`schemeId;name\n${rows.join('\n')}`))).toEqual([
      `the file has ${MAX_DIRECTORY_ENTRIES + 1} entries; at most ${MAX_DIRECTORY_ENTRIES}`,
    ]);
  });

  it(`lists at most ${MAX_REPORTED_PROBLEMS} problems, the last one counting the rest`, () => {
    const rows = Array.from({ length: 80 }, () => 'cej;');
    const listed = problems(importDirectoryCsv(`schemeId;name\n${rows.join('\n')}`));
    expect(listed).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(listed[0]).toBe('line 2: name: required');
    expect(listed.at(-1)).toBe(`and ${80 - MAX_REPORTED_PROBLEMS + 1} more problems`);
  });
});
