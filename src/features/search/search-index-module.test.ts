/**
 * The index the app ships (virtual:content-pack/search-index, built by the Vite plugin from the compiled
 * content pack) is exactly a fresh build from the pack, and the app's searcher answers the quality set with it.
 */
import json from 'virtual:content-pack/search-index';
import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../tests/unit/test-content';
import { buildIndex, buildSearchDocuments, serializeIndex } from './engine';
import { loadedSearcher, loadSearcher } from './load-searcher';
import { QUALITY_QUERIES } from './quality/queries';

describe('the shipped search index', () => {
  it('is the index built from the content pack, serialized', () => {
    expect(typeof json).toBe('string');
    expect(json).toBe(serializeIndex(buildIndex(buildSearchDocuments(testContentPack()))));
  });

  it('loads lazily into a searcher that answers the quality set (first queries of each kind first)', async () => {
    expect(loadedSearcher()).toBeUndefined();
    const searcher = await loadSearcher();
    expect(loadedSearcher()).toBe(searcher);
    expect(await loadSearcher()).toBe(searcher);
    const firstOfEachKind = QUALITY_QUERIES.filter((q, i) => QUALITY_QUERIES.findIndex((o) => o.kind === q.kind) === i);
    for (const { query, expected } of [...QUALITY_QUERIES.slice(0, 10), ...firstOfEachKind]) {
      expect(expected, query).toContain(searcher.search(query)[0]?.id);
    }
    expect(searcher.suggest('guettttteur')).toContain('Guetteur');
    expect(performance.getEntriesByName('search:parse')).toHaveLength(1);
  });
});
