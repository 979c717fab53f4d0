/** The quality bar of issue #3 on the quality set: recall@1 ≥ 85 % and recall@3 ≥ 95 %. */
import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../../tests/unit/test-content';
import { QUALITY_QUERIES } from '../quality/queries';
import { buildIndex, buildSearchDocuments, search } from './index';

const docs = buildSearchDocuments(testContentPack());
const index = buildIndex(docs);

describe('search quality', () => {
  it('has at least 50 queries, each expecting documents that exist', () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(50);
    const known = new Set(docs.map((doc) => doc.id));
    const unknown = QUALITY_QUERIES.flatMap(({ expected }) => expected.filter((id) => !known.has(id)));
    expect(unknown).toEqual([]);
  });

  it('finds the expected entry first for ≥ 85 % of queries and in the top 3 for ≥ 95 %', () => {
    const ranks = QUALITY_QUERIES.map(({ query, expected }) =>
      search(index, query, { limit: 3 }).findIndex((result) => expected.includes(result.id)),
    );
    const misses = QUALITY_QUERIES.flatMap(({ query }, i) => (ranks[i] === 0 ? [] : [`${query} (${ranks[i]})`]));
    const at1 = ranks.filter((rank) => rank === 0).length / ranks.length;
    const at3 = ranks.filter((rank) => rank >= 0).length / ranks.length;
    // The misses are printed so a ranking change shows what it broke.
    if (misses.length > 0)
      console.warn(`recall@1 ${at1.toFixed(3)}, @3 ${at3.toFixed(3)}; not first: ${misses.join('; ')}`);
    expect(at1).toBeGreaterThanOrEqual(0.85);
    expect(at3).toBeGreaterThanOrEqual(0.95);
  });
});
