import { describe, expect, it } from 'vitest';
import { editDistance, findTerm, fuzzyTerms, prefixTerms } from './lexicon';
import { buildIndex } from './search-index';
import type { SearchDocument } from './types';

const doc = (id: string, body: string): SearchDocument => ({
  id,
  kind: 'section',
  lang: 'en',
  title: id,
  url: `/guide/${id}`,
  fields: { body: [body] },
});

const index = buildIndex([doc('a', 'nourrice nourrir chouf charbonneur'), doc('b', 'ravitailleur nour')]);
const words = (found: number[]) => found.map((t) => index.terms[t]);

describe('lexicon', () => {
  it('counts a swap of neighbours as one edit and stops past the budget', () => {
    expect(editDistance('chuf', 'chouf', 1)).toBe(1);
    expect(editDistance('nourise', 'nourrice', 2)).toBe(2);
    expect(editDistance('nourirce', 'nourrice', 2)).toBe(1);
    expect(editDistance('nourrcie', 'nourrice', 1)).toBe(1);
    expect(editDistance('charboneur', 'charbonneur', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('finds exact words and prefixes, shortest first, without the word itself', () => {
    expect(findTerm(index, 'chouf')).toBeGreaterThanOrEqual(0);
    expect(findTerm(index, 'chou')).toBe(-1);
    expect(words(prefixTerms(index, 'nour', 10))).toEqual(['nourrice', 'nourrir']);
    expect(words(prefixTerms(index, 'nour', 1))).toEqual(['nourrir']);
  });

  it('finds words within the typo budget only', () => {
    expect(fuzzyTerms(index, 'chuf', 1).map(([t, d]) => [index.terms[t], d])).toEqual([['chouf', 1]]);
    expect(fuzzyTerms(index, 'ravitailleurr', 2).map(([t]) => index.terms[t])).toEqual(['ravitailleur']);
    expect(fuzzyTerms(index, 'chf', 0)).toEqual([]);
  });
});
