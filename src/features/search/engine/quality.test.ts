/**
 * The quality bar of issue #3 on the quality set (recall@1 ≥ 85 %), of issue #7 on the bilingual index the app
 * ships (the French set answered in French, the English set still answered when the interface is French), and
 * of issue #15: at least 100 queries per language, recall@3 ≥ 98 % in each (quality/measure.ts, the harness
 * `npm run bench:search` reports too).
 */
import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../../tests/unit/test-content';
import { measureQuality, RECALL_AT_3_TARGET } from '../quality/measure';
import { QUALITY_QUERIES, type QualityQuery } from '../quality/queries';
import { FRENCH_QUALITY_QUERIES } from '../quality/queries-fr';
import { buildIndex, buildSearchDocuments, search, type SearchLanguage } from './index';

const docs = [...buildSearchDocuments(testContentPack('en')), ...buildSearchDocuments(testContentPack('fr'))];
const index = buildIndex(docs);

function measure(queries: QualityQuery[], lang: SearchLanguage) {
  const figures = measureQuality(index, lang, queries);
  const { recallAt1: at1, recallAt3: at3, notFirst } = figures;
  // The misses are printed so a ranking change shows what it broke.
  if (notFirst.length > 0)
    console.warn(`${lang}: recall@1 ${at1.toFixed(3)}, @3 ${at3.toFixed(3)}; not first: ${notFirst.join('; ')}`);
  return { at1, at3, ranks: figures.ranks, results: figures.results };
}

describe('search quality', () => {
  it('has at least 100 queries in each language, each expecting documents that exist', () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(100);
    expect(FRENCH_QUALITY_QUERIES.length).toBeGreaterThanOrEqual(100);
    const known = new Set(docs.map((doc) => doc.id));
    const unknown = [...QUALITY_QUERIES, ...FRENCH_QUALITY_QUERIES].flatMap(({ expected }) =>
      expected.filter((id) => !known.has(id)),
    );
    expect(unknown).toEqual([]);
  });

  it('finds the expected entry first for ≥ 85 % of queries and in the top 3 for ≥ 98 % (English interface)', () => {
    const { at1, at3 } = measure(QUALITY_QUERIES, 'en');
    expect(at1).toBeGreaterThanOrEqual(0.85);
    expect(at3).toBeGreaterThanOrEqual(RECALL_AT_3_TARGET);
  });

  it('answers the French queries in the French interface: top 3 for ≥ 98 %, and in French', () => {
    const { at3, ranks, results } = measure(FRENCH_QUALITY_QUERIES, 'fr');
    expect(at3).toBeGreaterThanOrEqual(RECALL_AT_3_TARGET);
    const notFrench = FRENCH_QUALITY_QUERIES.flatMap(({ query }, i) => {
      const found = results[i]![ranks[i]!];
      return found && found.lang !== 'fr' ? [query] : [];
    });
    expect(notFrench).toEqual([]);
  });

  it('still finds the entry of an English query in the French interface', () => {
    expect(measure(QUALITY_QUERIES, 'fr').at3).toBeGreaterThanOrEqual(0.95);
  });

  it('returns each entry once, in the reader’s language when both match', () => {
    for (const lang of ['en', 'fr'] as const) {
      const results = search(index, 'nourrice', { lang });
      expect(results[0]).toMatchObject({ id: 'term:nourrice', lang });
      expect(new Set(results.map((result) => result.id)).size).toBe(results.length);
    }
    // An English-only phrase finds its example in English even in the French interface.
    expect(search(index, 'justice and us workshops', { lang: 'fr', limit: 1 })[0]).toMatchObject({
      id: 'section:2-1-1#example-loos-justice-and-us-workshops',
    });
  });
});
