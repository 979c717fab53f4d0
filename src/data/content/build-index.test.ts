import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../tests/unit/test-content';
import type { ContentPack } from '../../content/schema';
import { buildContentIndex } from './build-index';

/** The real English pack with its lists replaced by the rows a case needs. */
function packWith(change: (pack: ContentPack) => void): ContentPack {
  const pack = testContentPack('en');
  change(pack);
  return pack;
}

describe('buildContentIndex', () => {
  it('carries the pack and guide metadata', () => {
    const pack = testContentPack('fr');
    const index = buildContentIndex(pack);
    expect(index).toMatchObject({
      version: pack.version,
      date: pack.date,
      lang: 'fr',
      edition: pack.edition,
      table1Title: pack.table1.title,
      table1Intro: pack.table1.intro,
      guideTitle: pack.guide.title,
      guideSubtitle: pack.guide.subtitle,
      guidePublisher: pack.guide.publisher,
      guidePublished: pack.guide.published,
    });
  });

  it('keeps sections and Table 1 factors in document order, with their position as order', () => {
    const pack = testContentPack('en');
    const index = buildContentIndex(pack);
    expect(index.sections.map((s) => s.id)).toEqual(pack.guide.sections.map((s) => s.id));
    expect(index.sections.map((s) => s.order)).toEqual(pack.guide.sections.map((_, i) => i));
    expect(index.tableFactors.map((f) => [f.id, f.order])).toEqual(pack.table1.factors.map((f, i) => [f.id, i]));
    expect(index.sectionsById.get('2-4-2')?.id).toBe('2-4-2');
    expect(index.checklistsById.size).toBe(pack.checklists.length);
  });

  it.each([
    // headwords → expected order of ids; a leading bracketed particle does not sort, accents fold
    [
      [
        ['b', 'Zeta'],
        ['a', '(Se) défaucher'],
        ['c', 'Éclair'],
      ],
      ['a', 'c', 'b'],
      ['defaucher', 'eclair', 'zeta'],
    ],
    // equal sort keys: by id, as the IndexedDB index did
    [
      [
        ['y', 'Chouf'],
        ['x', 'chouf'],
      ],
      ['x', 'y'],
      ['chouf', 'chouf'],
    ],
  ])('sorts terms by folded headword: %j', (rows, expected, keys) => {
    const pack = packWith((p) => {
      const model = p.vocabulary[0]!;
      p.vocabulary = rows.map(([id, term]) => ({ ...model, id: id!, terms: [term!], related: [] }));
    });
    const index = buildContentIndex(pack);
    expect(index.terms.map((t) => t.id)).toEqual(expected);
    expect(index.terms.map((t) => t.sortKey)).toEqual(keys);
    expect(index.termsById.get(expected[0]!)).toBe(index.terms[0]);
  });

  it.each([
    ['en', ['tapaj', 'zed', 'abc'], ['abc', 'tapaj', 'zed']],
    ['fr', ['tapaj', 'zed', 'abc'], ['zed', 'tapaj', 'abc']],
  ] as const)('sorts %s schemes by acronym, else by the name in the pack language', (lang, ids, expected) => {
    const pack = packWith((p) => {
      const model = p.schemes[0]!;
      p.lang = lang;
      p.schemes = [
        { ...model, id: ids[0], acronym: 'TAPAJ', nameEn: 'Whatever', nameFr: 'Peu importe' },
        { ...model, id: ids[1], acronym: undefined, nameEn: 'Zulu scheme', nameFr: 'Alpha dispositif' },
        { ...model, id: ids[2], acronym: undefined, nameEn: 'Alpha scheme', nameFr: 'Zoulou dispositif' },
      ];
    });
    expect(buildContentIndex(pack).schemes.map((s) => s.id)).toEqual(expected);
  });

  it('indexes footnotes by number, ascending', () => {
    const pack = packWith((p) => {
      p.guide.footnotes = [
        { number: 3, text: 'three' },
        { number: 1, text: 'one' },
      ];
    });
    const index = buildContentIndex(pack);
    expect(index.footnotes.map((f) => f.number)).toEqual([1, 3]);
    expect(index.footnotesByNumber.get(3)?.text).toBe('three');
    expect(index.footnotesByNumber.get(2)).toBeUndefined();
  });

  it('does not change the pack it was given', () => {
    const pack = testContentPack('en');
    const before = structuredClone(pack);
    buildContentIndex(pack);
    expect(pack).toEqual(before);
  });
});
