import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../../tests/unit/test-content';
import { QUALITY_QUERIES } from '../quality/queries';
import { buildIndex, buildSearchDocuments, loadIndex, search, serializeIndex, suggest } from './index';

const index = buildIndex(buildSearchDocuments(testContentPack()));

describe('serialized index', () => {
  it('gives identical results after serialize → load', () => {
    const loaded = loadIndex(serializeIndex(index));
    for (const { query } of QUALITY_QUERIES) {
      expect(search(loaded, query)).toEqual(search(index, query));
      expect(search(loaded, query.slice(0, 4))).toEqual(search(index, query.slice(0, 4)));
    }
    expect(suggest(loaded, 'nourise')).toEqual(suggest(index, 'nourise'));
  });

  it('is stable: serializing a loaded index gives the same JSON', () => {
    const json = serializeIndex(index);
    expect(serializeIndex(loadIndex(json))).toBe(json);
  });

  it('refuses an index of another version rather than misreading it', () => {
    const json = JSON.parse(serializeIndex(index)) as { v: number };
    expect(() => loadIndex(JSON.stringify({ ...json, v: json.v + 1 }))).toThrow(/rebuild/);
  });

  it('searches an empty index without failing', () => {
    const empty = loadIndex(serializeIndex(buildIndex([])));
    expect(search(empty, 'nourrice')).toEqual([]);
    expect(suggest(empty, 'nourrice')).toEqual([]);
  });
});
