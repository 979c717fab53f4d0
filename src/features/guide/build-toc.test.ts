import { describe, expect, it } from 'vitest';
import type { SectionRow } from '../../data/content';
import { buildToc, footnoteNumbers, neighbours } from './build-toc';

const row = (id: string, parent: string | null, order: number): SectionRow => ({
  id,
  parent,
  order,
  kind: parent ? 'section' : 'part',
  title: id,
  blocks: [],
});

describe('buildToc', () => {
  it('nests sections under their parents in document order', () => {
    const toc = buildToc([
      row('part-1', null, 0),
      row('1-1', 'part-1', 1),
      row('1-1-1', '1-1', 2),
      row('1-2', 'part-1', 3),
      row('conclusion', null, 4),
    ]);
    expect(toc.map((n) => n.section.id)).toEqual(['part-1', 'conclusion']);
    expect(toc[0]?.children.map((n) => n.section.id)).toEqual(['1-1', '1-2']);
    expect(toc[0]?.children[0]?.children.map((n) => n.section.id)).toEqual(['1-1-1']);
  });

  it('gives previous and next in reading order, none at the ends', () => {
    const rows = [row('a', null, 0), row('b', null, 1), row('c', null, 2)];
    expect(neighbours(rows, 'b')).toEqual({ previous: rows[0], next: rows[2] });
    expect(neighbours(rows, 'a').previous).toBeUndefined();
    expect(neighbours(rows, 'c').next).toBeUndefined();
    expect(neighbours(rows, 'zzz')).toEqual({});
  });

  it('lists footnote numbers once, in order of first use', () => {
    expect(footnoteNumbers(['a[^2] b[^1]', 'c[^2]', 'none'])).toEqual([2, 1]);
  });
});
