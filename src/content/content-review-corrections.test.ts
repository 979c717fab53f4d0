/**
 * Issue #12: the content review's smaller corrections, in both packs — each checks the corrected text is there
 * and the faulty one gone, so a later edit cannot quietly bring it back.
 */
import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../tests/unit/test-content';
import { inlineToPlainText } from '../shared/text/inline-markup';
import { packTexts } from './content-problems';
import type { Block, ContentLanguage } from './schema';

const packs = { en: testContentPack('en'), fr: testContentPack('fr') };
const LANGS: ContentLanguage[] = ['en', 'fr'];

const all = (lang: ContentLanguage) => [...packTexts(packs[lang])].map(([, text]) => text).join('\n');
const scheme = (lang: ContentLanguage, id: string) => packs[lang].schemes.find((s) => s.id === id);
const section = (lang: ContentLanguage, id: string) => packs[lang].guide.sections.find((s) => s.id === id);
const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((block) => {
    switch (block.type) {
      case 'p':
      case 'heading':
        return [block.text];
      case 'list':
        return block.items;
      case 'callout':
      case 'example':
        return [block.title, ...texts(block.blocks)];
      case 'table':
        return block.rows.flat();
    }
  });

describe('content review corrections (issue #12)', () => {
  it.each(LANGS)('%s: EDI carries its official French name', (lang) => {
    expect(scheme(lang, 'edi')?.nameFr).toBe('Espaces de dynamique d’insertion');
    expect(all(lang)).not.toMatch(/Espaces dynamiques d/);
  });

  it.each(LANGS)('%s: the CDDF note says who proposes the contrat de responsabilité parentale', (lang) => {
    const offers = scheme(lang, 'cddf')?.offers.join(' ') ?? '';
    expect(offers).toMatch(/L222-4-1/);
    expect(offers).toMatch(/L141-2/);
    expect(offers).toMatch(/accompagnement parental/);
  });

  it.each(LANGS)('%s: DSDEN keeps the source text and carries the annotation', (lang) => {
    const body = texts(section(lang, '2-5')?.blocks ?? []).join(' ');
    expect(body).toMatch(/\(DSDEN\)/);
    expect(body).toMatch(/direction des services départementaux de l.Éducation nationale/);
  });

  it.each(LANGS)('%s: four and défaucher point only to the section that uses the word', (lang) => {
    for (const id of ['four', 'defaucher']) {
      expect(packs[lang].vocabulary.find((v) => v.id === id)?.sections).toEqual(['appendix-2']);
    }
  });

  it.each(LANGS)("%s: the project's gloss and spellings are marked as the project's", (lang) => {
    const term = (id: string) => packs[lang].vocabulary.find((v) => v.id === id);
    expect(term('aspirant')?.projectGloss).toBe(true);
    expect(term('arah')?.projectVariants).toContain('arahhh');
    expect(term('guetteur')?.projectVariants).toEqual(['chouffeur', 'chouffeurs', 'faire le chouf', 'faire le guet']);
    expect(term('jambisation')?.projectVariants).toEqual(['jambiser']);
    expect(term('monsieur-propre')?.projectVariants).toEqual(['M. Propre']);
  });

  it.each(LANGS)('%s: no placeholder link text left in 2.x', (lang) => {
    const lines231 = texts(section(lang, '2-3-1')?.blocks ?? []).map(inlineToPlainText);
    expect(lines231).not.toContain('The instruction of August 19, 2022');
    expect(lines231).not.toContain('L’instruction du 19 août 2022');
    expect(lines231).not.toContain('Teaching kit for empathy sessions in schools');
    const list241 = texts(section(lang, '2-4-1')?.blocks ?? []);
    expect(list241.some((item) => item.includes('](scheme:pre)'))).toBe(true);
  });

  it('fr: one French term per concept', () => {
    const fr = all('fr');
    expect(fr).not.toMatch(/témoin confidentiel/);
    expect(fr).not.toMatch(/contrats\s?d’été/);
    expect(fr).not.toMatch(/4 à 6 coordinateurs/);
    expect(fr).toMatch(/jobs\s?d’été/);
  });
});
