import { describe, expect, it } from 'vitest';
import { resolveContentLanguage, withContentLanguage } from './content-language';

describe('content language', () => {
  it('follows the interface language unless the URL asks for one', () => {
    expect(resolveContentLanguage('fr', '')).toBe('fr');
    expect(resolveContentLanguage('en', '')).toBe('en');
    expect(resolveContentLanguage('fr', '?lang=en')).toBe('en');
    expect(resolveContentLanguage('en', '?q=x&lang=fr')).toBe('fr');
    expect(resolveContentLanguage('fr', '?lang=de')).toBe('fr');
  });

  it('writes ?lang only for the language that is not the interface one, keeping query and anchor', () => {
    expect(withContentLanguage('/guide/2-1-1#example-x', 'en', 'fr')).toBe('/guide/2-1-1?lang=en#example-x');
    expect(withContentLanguage('/guide/2-1-1?lang=en#example-x', 'fr', 'fr')).toBe('/guide/2-1-1#example-x');
    expect(withContentLanguage('/search?q=cej', 'fr', 'en')).toBe('/search?q=cej&lang=fr');
    expect(withContentLanguage('/schemes/cej', 'en', 'en')).toBe('/schemes/cej');
  });
});
