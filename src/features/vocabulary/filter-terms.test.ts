import { describe, expect, it } from 'vitest';
import { foldText } from '../../shared/text/fold-text';
import { testContentPack } from '../../../tests/unit/test-content';
import { excerpt, filterTerms, groupByLetter, headwords, letterAnchor, letterOf } from './filter-terms';

const terms = testContentPack()
  .vocabulary.map((entry) => ({ ...entry, sortKey: foldText(entry.terms[0] ?? entry.id) }))
  .sort((a, b) => a.sortKey.localeCompare(b.sortKey));
const ids = (query: string) => filterTerms(terms, query).map((term) => term.id);

describe('filterTerms (real vocabulary)', () => {
  it.each([
    ['', terms.length],
    ['   ', terms.length],
  ])('keeps every term for the empty query %j', (query, count) => {
    expect(filterTerms(terms, query)).toHaveLength(count);
  });

  it.each([
    // query → a term it must find (headword, variant, gloss or definition), case- and accent-insensitively
    ['defaucher', 'defaucher'],
    ['DÉFAUCHER', 'defaucher'],
    ['(se) défaucher', 'defaucher'],
    ['chouf', 'guetteur'],
    ['chouffeur', 'guetteur'],
    ['lookout', 'guetteur'],
    ['stash keeper', 'nourrice'],
    ['equipe feu', 'equipe-feu'],
    ['etre a la sacoche', 'etre-a-la-sacoche'],
    ['single mothers', 'nourrice'],
    ['M. Propre', 'monsieur-propre'],
  ])('%j finds %s', (query, id) => {
    expect(ids(query)).toContain(id);
  });

  it.each([
    ['defaucher', ['defaucher']],
    ['nourrice', ['nourrice', 'transporteur']],
    ['zzz', []],
    ['chouf sacoche', []],
  ])('%j finds exactly %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('folds the terms too, not only the query', () => {
    const accented = [{ terms: ['Équipe feu'], variants: [], gloss: 'Fire team', definition: 'Teams.' }];
    expect(filterTerms(accented, 'equipe')).toHaveLength(1);
    expect(filterTerms(accented, 'ÉQUIPE FEU')).toHaveLength(1);
    expect(filterTerms(accented, 'équipes')).toHaveLength(0);
  });

  it('keeps the A–Z order', () => {
    const found = filterTerms(terms, 'lookout');
    expect(found.map((term) => term.sortKey)).toEqual([...found.map((term) => term.sortKey)].sort());
  });
});

describe('groupByLetter', () => {
  it('groups every term once, under the first letter of its sort key', () => {
    const groups = groupByLetter(terms);
    expect(groups.flatMap((group) => group.terms)).toEqual(terms);
    for (const group of groups) for (const term of group.terms) expect(letterOf(term.sortKey)).toBe(group.letter);
    expect(new Set(groups.map((group) => group.letter)).size).toBe(groups.length);
  });

  it.each([
    ['arah', 'A'],
    ['etre a la sacoche', 'E'],
    ['se defaucher', 'S'],
    ['1er', '#'],
    ['', '#'],
  ])('letterOf(%j) = %s', (sortKey, letter) => {
    expect(letterOf(sortKey)).toBe(letter);
  });

  it.each([
    ['A', 'letter-a'],
    ['#', 'letter-other'],
  ])('letterAnchor(%j) = %s', (letter, anchor) => {
    expect(letterAnchor(letter)).toBe(anchor);
  });
});

describe('headwords and excerpt', () => {
  it('joins the headwords with " / "', () => {
    expect(headwords({ terms: ['Guetteur', 'chouf'] })).toBe('Guetteur / chouf');
  });

  it.each([
    ['Short one. Second sentence.', 'Short one.'],
    ['A dealing point or a location where drugs are sold.', 'A dealing point or a location where drugs are sold.'],
    [
      'Supplies the point from a storage location ([nourrice](term:nourrice)).',
      'Supplies the point from a storage location (nourrice).',
    ],
    [
      'A person responsible for storing drugs or money for the network, usually in their home, and many other words after.',
      'A person responsible for storing drugs or money for the network, usually in their home…',
    ],
  ])('excerpt(%j)', (text, expected) => {
    expect(excerpt(text)).toBe(expected);
  });

  it('keeps every real excerpt to about one line', () => {
    for (const term of terms) expect(excerpt(term.definition).length).toBeLessThanOrEqual(91);
  });
});
