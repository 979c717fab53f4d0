/**
 * Exact phrases: a query quoted from the guide ("prévention par les pairs") must bring the place that says it
 * word for word above documents that merely hold its words here and there. The index keeps no word
 * positions (they would double its size), so the few best candidates have their matching paragraphs
 * re-analysed, once per index and paragraph, and scanned for the query's words in a row.
 */
import { analyze } from './analyze.ts';
import type { Clause } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { firstTriple } from './snippet.ts';

const unitTermsCache = new WeakMap<SearchIndex, Map<number, string[]>>();

/** The analysed words of unit `u` of doc `d`, in order (cached: typing a phrase re-checks the same paragraphs). */
function unitTerms(index: SearchIndex, d: number, u: number): string[] {
  let cache = unitTermsCache.get(index);
  if (!cache) unitTermsCache.set(index, (cache = new Map()));
  // Units per document stay far below 2^16.
  const key = d * 65_536 + u;
  let terms = cache.get(key);
  if (!terms) cache.set(key, (terms = analyze(index.units[d]?.[u]?.text ?? '')));
  return terms;
}

/** Per clause, the index words it accepts (exact, prefix, typo, sound): a phrase may be typed badly too. */
export function clauseWordSets(index: SearchIndex, clauses: Clause[]): Set<string>[] {
  return clauses.map((clause) => new Set([...clause.expansions.keys()].map((t) => index.terms[t] ?? '')));
}

/** Whether one unit of doc `d` holds a word of every clause, in the query's order, with nothing in between. */
export function hasPhrase(index: SearchIndex, d: number, clauses: Clause[], words: Set<string>[]): boolean {
  const [first] = clauses;
  if (!first || clauses.length < 2) return false;
  const units = new Set<number>();
  for (const t of first.expansions.keys()) {
    const list = index.postings[t];
    if (!list) continue;
    for (let i = firstTriple(list, d); i >= 0 && i < list.length && list[i] === d; i += 3) units.add(list[i + 1] ?? 0);
  }
  for (const u of units) {
    const terms = unitTerms(index, d, u);
    for (let start = 0; start + words.length <= terms.length; start++) {
      if (words.every((accepted, k) => accepted.has(terms[start + k] ?? ''))) return true;
    }
  }
  return false;
}
