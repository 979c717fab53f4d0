import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, guardFormulasInside, parseCsv } from './csv';

describe('csvCell / csvLine', () => {
  it.each<[string | number | null | undefined, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['a\tb', '"a\tb"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', `"'=1+1"`],
    ['+33 1 23 45 67 89', `"'+33 1 23 45 67 89"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ["'quoted", "'quoted"],
    [12, '12'],
    [null, ''],
    [undefined, ''],
  ])('%j → %j, whatever the separator (issue #13)', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('joins with the separator and ends with CRLF', () => {
    expect(csvLine(['a', 'b;c', undefined], ';')).toBe('a;"b;c";\r\n');
    expect(csvLine(['a', 'b;c'])).toBe('a,"b;c"\r\n');
  });

  it.each([
    ['x;=1+1', "x;'=1+1"],
    ['x, +cmd', "x, '+cmd"],
    ['a;"=1', `a;"'=1`],
    ['line\n@SUM(A1)', "line\n'@SUM(A1)"],
    ['13-15; 16-17', '13-15; 16-17'],
    ['cej: waiting; epide: refused', 'cej: waiting; epide: refused'],
  ])('guardFormulasInside(%j) → %j', (text, guarded) => {
    expect(guardFormulasInside(text)).toBe(guarded);
  });
});

describe('parseCsv', () => {
  const cells = (text: string, separator: ',' | ';' = ',') => {
    const result = parseCsv(text, separator);
    if (!result.ok) throw new Error(`line ${result.line}: ${result.message}`);
    return result.records.map((record) => [record.line, ...record.cells]);
  };

  it.each<[string, string, Array<Array<number | string>>]>([
    [
      'CRLF',
      'a,b\r\nc,d\r\n',
      [
        [1, 'a', 'b'],
        [2, 'c', 'd'],
      ],
    ],
    [
      'LF, no final line end',
      'a,b\nc,d',
      [
        [1, 'a', 'b'],
        [2, 'c', 'd'],
      ],
    ],
    [
      'CR (old Mac)',
      'a,b\rc,d\r',
      [
        [1, 'a', 'b'],
        [2, 'c', 'd'],
      ],
    ],
    [
      'empty cells',
      ',\n,x,',
      [
        [1, '', ''],
        [2, '', 'x', ''],
      ],
    ],
    ['quoted separator and quotes', '"a,b","say ""hi"""', [[1, 'a,b', 'say "hi"']]],
    [
      'quoted line breaks keep their form',
      '"1\r\n2\n3",x\ny',
      [
        [1, '1\r\n2\n3', 'x'],
        [4, 'y'],
      ],
    ],
    ['quoted empty cell at the end', 'a,""', [[1, 'a', '']]],
    ['a stray quote in an unquoted cell is text', 'l\'a "b",c', [[1, 'l\'a "b"', 'c']]],
    ['BOM', '\uFEFFa,b', [[1, 'a', 'b']]],
    [
      'blank line',
      'a\n\nb',
      [
        [1, 'a'],
        [2, ''],
        [3, 'b'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(cells(text)).toEqual(expected);
  });

  it('splits on the separator it is given only', () => {
    expect(cells('a;b,c', ';')).toEqual([[1, 'a', 'b,c']]);
  });

  it.each([
    ['"abc', 1, 'a quoted cell is never closed'],
    ['a\nb\n"c\nd', 3, 'a quoted cell is never closed'],
    ['a\n"b"x,c', 2, 'unexpected text after a closing quote (a quote inside a cell is "")'],
  ])('%j is refused at line %i', (text, line, message) => {
    expect(parseCsv(text, ',')).toEqual({ ok: false, line, message });
  });
});
