import { describe, expect, it } from 'vitest';
import { eligibilityFacts, schemeCategories } from '../../content/schema';
import en from '../../../locales/en/schemes.json';
import fr from '../../../locales/fr/schemes.json';
import { testContentPack } from '../../../tests/unit/test-content';
import { ageSpan, describeEligibility } from './eligibility-display';

describe('ageSpan', () => {
  it.each([
    [16, 25, { kind: 'range', min: 16, max: 25 }],
    [0, 17, { kind: 'range', min: 0, max: 17 }],
    [10, 99, { kind: 'from', min: 10 }],
    [0, 99, { kind: 'all' }],
  ])('%i–%i', (min, max, expected) => {
    expect(ageSpan(min, max)).toEqual(expected);
  });
});

describe('describeEligibility', () => {
  it('reads CEJ from the pack: 16–25, up to 29 with a recognised disability, NEET or dropout', () => {
    const cej = testContentPack().schemes.find((s) => s.id === 'cej');
    expect(cej).toBeDefined();
    expect(describeEligibility(cej!.eligibility)).toEqual({
      age: { kind: 'range', min: 16, max: 25 },
      extensions: [{ fact: 'recognised-disability', ageMax: 29 }],
      requires: [],
      requiresAnyOf: ['not-in-education-employment-or-training', 'school-dropout'],
      priorityFor: ['training-obligation'],
    });
  });

  it('lists extensions lowest bound first', () => {
    const view = describeEligibility({
      ageMin: 16,
      ageMax: 25,
      requires: ['no-diploma'],
      requiresAnyOf: [],
      ageExtensions: [
        { fact: 'recognised-disability', ageMax: 30 },
        { fact: 'lives-in-qpv', ageMax: 27 },
      ],
      basis: {},
      priorityFor: ['known-to-justice'],
    });
    expect(view.extensions.map((e) => e.ageMax)).toEqual([27, 30]);
    expect(view.requires).toEqual(['no-diploma']);
    expect(view.priorityFor).toEqual(['known-to-justice']);
  });
});

describe('schemes namespace covers the content vocabulary', () => {
  it.each([
    ['en', en],
    ['fr', fr],
  ])('%s: a label and a condition for every eligibility fact, a label per category', (_lang, messages) => {
    expect(Object.keys(messages.facts).sort()).toEqual([...eligibilityFacts].sort());
    expect(Object.keys(messages.conditions).sort()).toEqual([...eligibilityFacts].sort());
    expect(Object.keys(messages.categories).sort()).toEqual([...schemeCategories].sort());
  });
});
