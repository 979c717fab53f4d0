import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../tests/unit/test-content';
import { schemeCategories } from '../../content/schema';
import { ageFit, filterSchemes, parseAge, parseCategory, SCHEME_CATEGORIES } from './filter-schemes';

const schemes = testContentPack().schemes;
const scheme = (id: string) => {
  const found = schemes.find((s) => s.id === id);
  if (!found) throw new Error(`no scheme ${id} in the pack`);
  return found;
};

describe('ageFit (real CEJ / EPIDE / PRIJ data)', () => {
  // CEJ 16–25, up to 29 with a recognised disability; EPIDE 17–25; PRIJ 16–30 inclusive.
  it.each([
    ['cej', 15, false, []],
    ['cej', 16, true, []],
    ['cej', 25, true, []],
    ['cej', 26, true, ['recognised-disability']],
    ['cej', 29, true, ['recognised-disability']],
    ['cej', 30, false, []],
    ['epide', 15, false, []],
    ['epide', 16, false, []],
    ['epide', 17, true, []],
    ['epide', 25, true, []],
    ['epide', 26, false, []],
    ['epide', 29, false, []],
    ['epide', 30, false, []],
    ['prij', 15, false, []],
    ['prij', 16, true, []],
    ['prij', 25, true, []],
    ['prij', 26, true, []],
    ['prij', 29, true, []],
    ['prij', 30, true, []],
    ['prij', 31, false, []],
  ])('%s at %i: fits=%s, through %j', (id, age, fits, facts) => {
    const fit = ageFit(scheme(id).eligibility, age);
    expect(fit.fits).toBe(fits);
    expect(fit.extensions.map((extension) => extension.fact)).toEqual(facts);
  });

  it('only names the extensions that still cover the age', () => {
    const eligibility = {
      ageMin: 16,
      ageMax: 25,
      requires: [],
      requiresAnyOf: [],
      ageExtensions: [
        { fact: 'recognised-disability' as const, ageMax: 29 },
        { fact: 'lives-in-qpv' as const, ageMax: 27 },
      ],
      priorityFor: [],
      basis: {},
    };
    expect(ageFit(eligibility, 27).extensions.map((e) => e.fact)).toEqual(['recognised-disability', 'lives-in-qpv']);
    expect(ageFit(eligibility, 28).extensions.map((e) => e.fact)).toEqual(['recognised-disability']);
  });

  it('never filters out on a bound no source gives (ageIndicative)', () => {
    const base = { ageMin: 11, ageMax: 18, requires: [], requiresAnyOf: [], ageExtensions: [], priorityFor: [] };
    const firm = { ...base, basis: {} };
    expect([ageFit(firm, 10).fits, ageFit(firm, 11).fits, ageFit(firm, 18).fits, ageFit(firm, 19).fits]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    const both = { ...firm, ageIndicative: 'both' as const };
    expect([ageFit(both, 10).fits, ageFit(both, 19).fits]).toEqual([true, true]);
    const max = { ...firm, ageIndicative: 'max' as const };
    expect([ageFit(max, 10).fits, ageFit(max, 19).fits]).toEqual([false, true]);
    const min = { ...firm, ageIndicative: 'min' as const };
    expect([ageFit(min, 10).fits, ageFit(min, 19).fits]).toEqual([true, false]);
  });
});

describe('filterSchemes (real pack)', () => {
  const ids = (filters: Parameters<typeof filterSchemes>[1]) => filterSchemes(schemes, filters).map((m) => m.scheme.id);

  it('keeps everything without filters', () => {
    expect(ids({})).toHaveLength(schemes.length);
  });

  it('at 27 keeps CEJ through its disability extension, drops EPIDE, keeps PRIJ plainly', () => {
    const matches = filterSchemes(schemes, { age: 27 });
    const cej = matches.find((m) => m.scheme.id === 'cej');
    expect(cej?.extensions).toEqual([{ fact: 'recognised-disability', ageMax: 29 }]);
    expect(matches.find((m) => m.scheme.id === 'prij')?.extensions).toEqual([]);
    expect(matches.map((m) => m.scheme.id)).not.toContain('epide');
  });

  it('combines category and age', () => {
    // Educational work programmes: "16 and over" (2.6), no upper age.
    expect(ids({ category: 'employment', age: 27 })).toEqual(['cej', 'chantiers-educatifs']);
    expect(ids({ category: 'integration', age: 16 })).toEqual(
      expect.arrayContaining(['edi', 'mission-locale', 'prij', 'service-civique', 'e2c']),
    );
    expect(ids({ category: 'integration', age: 16 })).not.toContain('epide');
  });

  it.each([
    ['epide', 'epide'],
    ['Épidé', 'epide'],
    ['engagement jeune', 'cej'],
    ['youth commitment', 'cej'],
    ['deuxieme chance', 'e2c'],
    ['boarding', 'epide'],
    ['civic service', 'service-civique'],
  ])('text %j finds %s', (query, id) => {
    expect(ids({ query })).toContain(id);
  });

  it('drops what the text does not match', () => {
    expect(ids({ query: 'no such scheme anywhere' })).toEqual([]);
  });

  it('reports no extension when there is no age filter', () => {
    expect(filterSchemes(schemes, {}).every((m) => m.extensions.length === 0)).toBe(true);
  });
});

describe('parsing the URL', () => {
  it('knows exactly the categories of the content schema', () => {
    expect(SCHEME_CATEGORIES).toEqual(schemeCategories);
  });

  it.each([
    ['', undefined],
    ['  ', undefined],
    ['0', 0],
    ['16', 16],
    [' 27 ', 27],
    ['99', 99],
    ['100', 'invalid'],
    ['-1', 'invalid'],
    ['2.5', 'invalid'],
    ['abc', 'invalid'],
  ])('parseAge(%j) = %j', (value, expected) => {
    expect(parseAge(value)).toBe(expected);
  });

  it.each([
    ['', undefined],
    ['justice', 'justice'],
    ['life-skills', 'life-skills'],
    ['nonsense', undefined],
  ])('parseCategory(%j) = %j', (value, expected) => {
    expect(parseCategory(value)).toBe(expected);
  });
});
