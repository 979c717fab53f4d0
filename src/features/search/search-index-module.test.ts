/**
 * The index the app ships (virtual:content-pack/search-index, built by the Vite plugin from the compiled
 * content packs) is exactly a fresh build from both packs, and the app's searcher answers the quality set.
 */
import json from 'virtual:content-pack/search-index';
import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../tests/unit/test-content';
import { buildIndex, buildSearchDocuments, serializeIndex } from './engine';
import { loadedSearcher, loadSearcher } from './load-searcher';
import { QUALITY_QUERIES } from './quality/queries';

describe('the shipped search index', () => {
  it('is the index built from both content packs, serialized', () => {
    expect(typeof json).toBe('string');
    const documents = [...buildSearchDocuments(testContentPack('en')), ...buildSearchDocuments(testContentPack('fr'))];
    expect(json).toBe(serializeIndex(buildIndex(documents)));
  });

  it('loads lazily into a searcher that answers the quality set (first queries of each kind first)', async () => {
    expect(loadedSearcher()).toBeUndefined();
    const searcher = await loadSearcher();
    expect(loadedSearcher()).toBe(searcher);
    expect(await loadSearcher()).toBe(searcher);
    // The English quality set, read by someone using the app in English.
    const firstOfEachKind = QUALITY_QUERIES.filter((q, i) => QUALITY_QUERIES.findIndex((o) => o.kind === q.kind) === i);
    for (const { query, expected } of [...QUALITY_QUERIES.slice(0, 10), ...firstOfEachKind]) {
      expect(expected, query).toContain(searcher.search(query, 'en')[0]?.id);
    }
    expect(searcher.suggest('guettttteur')).toContain('Guetteur');
    expect(performance.getEntriesByName('search:parse')).toHaveLength(1);
  });
});
