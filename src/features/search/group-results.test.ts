import { describe, expect, it } from 'vitest';
import { groupResults, snippetParts } from './group-results';
import type { SearchKind, SearchResult } from './types';

const result = (id: string, kind: SearchKind, score: number): SearchResult => ({
  id,
  kind,
  lang: 'en',
  title: id,
  titleLang: 'en',
  url: `/${id}`,
  score,
  snippet: { text: '', highlights: [] },
  titleHighlights: [],
});

describe('groupResults', () => {
  it('groups by kind, keeps the ranking inside a group and puts the group of the best result first', () => {
    const groups = groupResults([
      result('scheme:e2c', 'scheme', 9),
      result('section:2-4', 'section', 5),
      result('scheme:epide', 'scheme', 4),
      result('term:four', 'term', 3),
      result('section:2-5', 'section', 2),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['scheme', 'section', 'term']);
    expect(groups[0]?.results.map((r) => r.id)).toEqual(['scheme:e2c', 'scheme:epide']);
    expect(groups[1]?.results.map((r) => r.id)).toEqual(['section:2-4', 'section:2-5']);
  });

  it('orders groups by their top score even if the results come unsorted', () => {
    const groups = groupResults([result('a', 'table', 1), result('b', 'checklist', 8), result('c', 'table', 9)]);
    expect(groups.map((g) => [g.kind, g.top])).toEqual([
      ['table', 9],
      ['checklist', 8],
    ]);
  });

  it('returns no group for no result', () => {
    expect(groupResults([])).toEqual([]);
  });
});

describe('snippetParts', () => {
  it('cuts the text into plain and marked runs', () => {
    expect(
      snippetParts({
        text: 'Lookout who shouts when the police come',
        highlights: [
          [0, 7],
          [28, 34],
        ],
      }),
    ).toEqual([
      { text: 'Lookout', marked: true },
      { text: ' who shouts when the ', marked: false },
      { text: 'police', marked: true },
      { text: ' come', marked: false },
    ]);
  });

  it('ignores overlapping and out-of-range highlights', () => {
    expect(
      snippetParts({
        text: 'abcdef',
        highlights: [
          [2, 4],
          [1, 3],
          [5, 9],
        ],
      }),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
      { text: 'def', marked: false },
    ]);
  });
});
