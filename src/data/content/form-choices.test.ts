import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../tests/unit/test-content';
import { buildContentIndex } from '../../data/content';
import { schemeOptions } from '../../data/content/form-choices';

const content = buildContentIndex(testContentPack('fr'));
const option = (language: 'fr' | 'en', id: string) => schemeOptions(content, language).find((o) => o.id === id);

describe('schemeOptions', () => {
  it('names the schemes in French for a French reader, the English name only for the filter', () => {
    expect(option('fr', 'mission-locale')).toEqual({
      id: 'mission-locale',
      label: 'Mission locale',
      name: 'Mission locale',
      otherName: 'Local missions',
    });
    expect(option('fr', 'cej')).toMatchObject({ label: 'CEJ', name: 'Contrat d’engagement jeune' });
  });

  it('names them in English for an English reader', () => {
    expect(option('en', 'service-civique')).toMatchObject({ label: 'Civic service', otherName: 'Service civique' });
  });
});
