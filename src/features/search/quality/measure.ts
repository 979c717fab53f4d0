/**
 * The quality harness: the query sets run against the index the app ships (both packs, the reader's language
 * preferred), as engine/quality.test.ts checks them and `npm run bench:search` reports them. One place, so the
 * test and the benchmark cannot measure two different things.
 */
import { search, type SearchIndex, type SearchLanguage, type SearchResult } from '../engine';
import { QUALITY_QUERIES, type QualityQuery } from './queries';
import { FRENCH_QUALITY_QUERIES } from './queries-fr';

/** Issue #15: the expected entry in the first three results for at least 98 % of each language's queries. */
export const RECALL_AT_3_TARGET = 0.98;

/** The set written for each interface language. */
export const QUERY_SETS: Record<SearchLanguage, QualityQuery[]> = {
  en: QUALITY_QUERIES,
  fr: FRENCH_QUALITY_QUERIES,
};

export interface QualityFigures {
  lang: SearchLanguage;
  queries: number;
  recallAt1: number;
  recallAt3: number;
  /** Per query, the rank of the first expected entry in the top 3 (-1: not there). */
  ranks: number[];
  results: SearchResult[][];
  /** "query (rank)" for every query whose expected entry is not first. */
  notFirst: string[];
}

export function measureQuality(
  index: SearchIndex,
  lang: SearchLanguage,
  queries: QualityQuery[] = QUERY_SETS[lang],
): QualityFigures {
  const results = queries.map(({ query }) => search(index, query, { limit: 3, lang }));
  const ranks = queries.map(({ expected }, i) =>
    (results[i] ?? []).findIndex((result) => expected.includes(result.id)),
  );
  const notFirst = queries.flatMap(({ query }, i) => (ranks[i] === 0 ? [] : [`${query} (${ranks[i]})`]));
  const share = (found: number) => (queries.length > 0 ? found / queries.length : 0);
  return {
    lang,
    queries: queries.length,
    recallAt1: share(ranks.filter((rank) => rank === 0).length),
    recallAt3: share(ranks.filter((rank) => rank >= 0).length),
    ranks,
    results,
    notFirst,
  };
}
