import { describe, expect, it } from 'vitest';
import { exportDirectoryJson, importDirectoryJson } from './directory-json';
import { formatImportProblem, type ImportResult } from './import-result';
import { locateJsonLines } from './json-lines';
import type { Directory, DirectoryEntry } from './schema';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const problems = (result: ImportResult) => (result.ok ? [] : result.problems.map(formatImportProblem));

const entries: DirectoryEntry[] = [
  { id: ID(1), schemeId: 'mission-locale', name: 'ML Nord', phone: '03 20 00 00 00' },
  { id: ID(2), schemeId: 'cej', name: 'CEJ Est', notes: 'Mardi\nJeudi' },
];
const directory: Directory = { version: 4, updatedAt: '2026-11-20T10:00:00.000Z', entries };

describe('exportDirectoryJson / importDirectoryJson ([S77])', () => {
  it('exports the directory document, indented, fields in a fixed order', () => {
    const reordered = {
      ...directory,
      entries: [{ name: 'ML Nord', phone: '03 20 00 00 00', schemeId: 'mission-locale', id: ID(1) }],
    };
    expect(exportDirectoryJson(reordered)).toBe(
      '{\n  "version": 4,\n  "updatedAt": "2026-11-20T10:00:00.000Z",\n  "entries": [\n    {\n' +
        `      "id": "${ID(1)}",\n      "schemeId": "mission-locale",\n      "name": "ML Nord",\n` +
        '      "phone": "03 20 00 00 00"\n    }\n  ]\n}\n',
    );
  });

  it('imports the entries of an export (text or UTF-8 bytes, BOM or not)', () => {
    const text = exportDirectoryJson(directory);
    expect(importDirectoryJson(text)).toEqual({ ok: true, entries });
    expect(importDirectoryJson(new TextEncoder().encode(`\uFEFF${text}`))).toEqual({ ok: true, entries });
    expect(importDirectoryJson('{"entries":[]}')).toEqual({ ok: true, entries: [] });
  });

  it('refuses a bad entry with the line of the field, and imports nothing', () => {
    const text = exportDirectoryJson(directory).replace('"03 20 00 00 00"', '"03 20"').replace('"CEJ Est"', '""');
    expect(problems(importDirectoryJson(text))).toEqual([
      'line 9: phone: not a phone number (e.g. 01 23 45 67 89 or +33 1 23 45 67 89)',
      'line 14: name: required',
    ]);
  });

  it('reports a missing field on the line of its entry, and a repeated id on both lines', () => {
    const text = JSON.stringify({ entries: [entries[0], { id: ID(1), schemeId: 'cej' }] }, null, 2);
    expect(problems(importDirectoryJson(text))).toEqual([
      'line 10: id: same id as the entry on line 3',
      'line 9: name: required',
    ]);
  });

  it('checks scheme ids against the pack when given them', () => {
    expect(problems(importDirectoryJson(exportDirectoryJson(directory), { schemeIds: new Set(['cej']) }))).toEqual([
      'line 7: schemeId: not a scheme of the guide',
    ]);
  });

  it.each<[string, string | Uint8Array, string[]]>([
    ['empty', '  ', ['the file is empty']],
    [
      'not UTF-8',
      Uint8Array.from([0x7b, 0xff, 0x7d]),
      ['the file is not UTF-8 text: save it as "CSV UTF-8" (or JSON) and import it again'],
    ],
    [
      'a syntax error',
      '{\n  "entries": [\n    {"id": 1,}\n  ]\n}',
      ['line 3: not valid JSON: expected a field name in double quotes'],
    ],
    ['a cut file', '{\n  "entries": [\n', ['line 3: not valid JSON: unexpected end of file']],
    ['a list', '[]', ['line 1: not a directory file: expected an object with "entries" (and "version", "updatedAt")']],
    [
      'no entries',
      '{"version": 1}',
      ['line 1: not a directory file: expected an object with "entries" (and "version", "updatedAt")'],
    ],
    [
      'another document',
      '{"entries": [], "contacts": []}',
      ['line 1: not a directory file: expected an object with "entries" (and "version", "updatedAt")'],
    ],
  ])('refuses %s', (_name, input, expected) => {
    expect(problems(importDirectoryJson(input))).toEqual(expected);
  });
});

describe('locateJsonLines', () => {
  it('finds the line where each value starts, falling back to the nearest ancestor', () => {
    const located = locateJsonLines('{\n"a": [\n  1,\n  {"b":\n   "x"}\n],\n"c": "\\n"\n}');
    expect(located.ok).toBe(true);
    if (!located.ok) return;
    expect(located.lineOf([])).toBe(1);
    expect(located.lineOf(['a'])).toBe(2);
    expect(located.lineOf(['a', 0])).toBe(3);
    expect(located.lineOf(['a', 1])).toBe(4);
    expect(located.lineOf(['a', 1, 'b'])).toBe(5);
    expect(located.lineOf(['a', 1, 'missing'])).toBe(4);
    expect(located.lineOf(['c'])).toBe(7);
  });

  it.each([
    ['{"a": "x\ny"}', 1],
    ['{"a": 1} 2', 1],
    ['\n\n[1, 2,, 3]', 3],
    ['{"a": tru}', 1],
    ['['.repeat(300), 1],
  ])('refuses %j at line %i like JSON.parse does', (text, line) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonLines(text)).toMatchObject({ ok: false, line });
  });
});
