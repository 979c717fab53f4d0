/**
 * Issue #15, "search that forgives": what workers type that the search missed — spelled by ear beyond a typo,
 * street words, everyday descriptions of a definition, a phrase quoted from the guide — and French results
 * that read French first. On the bilingual index the app ships, in the reader's language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../../tests/unit/test-content';
import { analyze } from './analyze';
import { FIELD_LEXICON } from './field-lexicon';
import { buildIndex, buildSearchDocuments, search, type SearchLanguage } from './index';
import { findTerm } from './lexicon';

const docs = [...buildSearchDocuments(testContentPack('en')), ...buildSearchDocuments(testContentPack('fr'))];
const index = buildIndex(docs);
const top = (query: string, lang: SearchLanguage = 'fr', limit = 3) =>
  search(index, query, { lang, limit }).map((result) => result.id);

describe('search that forgives', () => {
  it('finds Nourrice in the top 3 for "nourisse", spelled by ear three edits away', () => {
    expect(top('nourisse')).toContain('term:nourrice');
    expect(top('nourisse')[0]).toBe('term:nourrice');
    expect(top('la nourisse qui garde la came')[0]).toBe('term:nourrice');
  });

  it('matches French sounds and street spellings', () => {
    expect(top('ravitayeur')).toContain('term:transporteur');
    expect(top('basculman')).toContain('term:basculement');
    expect(top('guéteur')[0]).toBe('term:guetteur');
    // Street words the guide never uses, by spelling or by sound.
    expect(top('bicrave')).toContain('term:charbonneur');
    expect(top('il bicrav en bas de chez lui')).toContain('term:charbonneur');
    expect(top('les keufs arrivent')).toContain('term:arah');
  });

  it('matches an everyday description against the definition through the lexicon', () => {
    // The definition says "membres inférieurs" / "lower limbs"; nobody in the field does.
    expect(top('il s’est fait tirer dans les jambes')[0]).toBe('term:jambisation');
    expect(top('kneecapping', 'en')[0]).toBe('term:jambisation');
    expect(top('il se croit intouchable')).toContain('table:minor-impunity');
  });

  it('ranks a phrase found word for word in one guide section above schemes that share a word', () => {
    const french = search(index, 'prévention par les pairs', { lang: 'fr', limit: 5 });
    expect(french[0]?.id).toBe('section:2-1-1');
    expect(french[0]?.snippet.text).toMatch(/prévention par les pairs/);
    expect(top('peer prevention', 'en')[0]).toBe('section:2-1-1');
    expect(top('faire évoluer les représentations des jeunes')[0]).toBe('section:2-1-1');
  });

  it('reads French first in French: no English gloss leading a snippet, titles in French', () => {
    for (const query of ['chouf', 'guetteur', 'lookout', 'prévention par les pairs']) {
      for (const result of search(index, query, { lang: 'fr' })) {
        const doc = docs.find((candidate) => candidate.id === result.id && candidate.lang === 'fr');
        const glosses = [...(doc?.fields.gloss ?? []), ...(doc?.fields.nameEn ?? [])];
        expect(glosses.some((gloss) => result.snippet.text.startsWith(gloss))).toBe(false);
        if (doc)
          expect({ query, title: result.title, lang: result.titleLang }).toEqual({
            query,
            title: doc.title,
            lang: 'fr',
          });
      }
    }
    // Found only by its English words, an entry still opens in English but is titled in French.
    const [english] = search(index, 'justice and us workshops', { lang: 'fr', limit: 1 });
    expect(english).toMatchObject({ lang: 'en', titleLang: 'fr' });
    expect(english?.title).toMatch(/la justice et nous/);
  });

  it('keeps the promise of the search prompt: every example it quotes finds something', () => {
    for (const lang of ['en', 'fr'] as const) {
      const { prompt } = JSON.parse(readFileSync(`locales/${lang}/search.json`, 'utf8')) as { prompt: string };
      const examples = [...prompt.matchAll(/[«“]\s*([^»”]+?)\s*[»”]/g)].map((match) => match[1] ?? '');
      expect(examples.length).toBeGreaterThanOrEqual(4);
      for (const example of examples)
        expect({ example, found: top(example, lang, 1).length }).toEqual({ example, found: 1 });
    }
    expect(top('tirer dans les jambes', 'fr', 1)).toEqual(['term:jambisation']);
  });

  it('keeps a source for every lexicon entry, and points only at words the guide has', () => {
    for (const entry of FIELD_LEXICON) {
      expect(entry.source.trim()).not.toBe('');
      const reachable = entry.to.filter((phrase) => analyze(phrase).every((word) => findTerm(index, word) >= 0));
      expect({ to: entry.to, reachable: reachable.length > 0 }).toEqual({ to: entry.to, reachable: true });
    }
  });
});
