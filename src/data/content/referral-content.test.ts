import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../tests/unit/test-content';
import { buildContentIndex } from '.';
import { referralContent } from './referral-content';

const fr = buildContentIndex(testContentPack('fr'));

describe('referralContent', () => {
  it.each([
    [['cej'], ['referral-cej'], ['cej'], ['referral-cej']],
    [['cej', 'gone'], ['gone'], ['cej'], []],
    [[], [], [], []],
  ])('schemes %j and checklists %j → %j, %j (missing ids left out)', (schemeIds, checklistIds, schemes, checklists) => {
    const found = referralContent(fr, schemeIds, checklistIds);
    expect([...found.schemes.keys()]).toEqual(schemes);
    expect([...found.checklists.keys()]).toEqual(checklists);
  });

  it('labels a scheme by its acronym, else its French name, in plain text', () => {
    const cej = referralContent(fr, ['cej'], []).schemes.get('cej');
    expect(cej).toMatchObject({ id: 'cej', label: 'CEJ' });
    expect(cej?.name).not.toMatch(/[*_[\]]/);
    const noAcronym = fr.schemes.find((scheme) => !scheme.acronym);
    if (noAcronym) {
      const label = referralContent(fr, [noAcronym.id], []).schemes.get(noAcronym.id);
      expect(label?.label).toBe(label?.name);
    }
  });
});
