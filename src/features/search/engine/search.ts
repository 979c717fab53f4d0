/** The engine's entry points: ranked results with snippets, and suggestions when nothing matched. */
import { parseQuery, type ParsedQuery } from './query.ts';
import { scoreDocuments } from './score.ts';
import type { SearchIndex } from './search-index.ts';
import { highlights, makeSnippet, type MatchedWords } from './snippet.ts';
import type { SearchOptions, SearchResult } from './types.ts';

const DEFAULT_LIMIT = 20;

/** Every index word the query matched, mapped to the clause it answers, for highlighting. */
function matchedWords(index: SearchIndex, query: ParsedQuery): MatchedWords {
  const byNumber = new Map<number, number>();
  query.clauses.forEach((clause, i) => {
    for (const t of clause.expansions.keys()) byNumber.set(t, i);
  });
  for (const span of query.spans) {
    for (const { words } of span.alternatives) for (const t of words) if (!byNumber.has(t)) byNumber.set(t, span.from);
  }
  const byWord = new Map<string, number>();
  for (const [t, clause] of byNumber) byWord.set(index.terms[t] ?? '', clause);
  return { byNumber, byWord };
}

export function search(index: SearchIndex, text: string, options: SearchOptions = {}): SearchResult[] {
  const query = parseQuery(index, text);
  if (query.clauses.length === 0) return [];
  const scores = scoreDocuments(index, query);
  // Passing mentions stay, below the entry: "where else does the guide talk about it" is a fair question.
  const ranked: number[] = [];
  scores.forEach((score, d) => {
    if (score > 0) ranked.push(d);
  });
  ranked.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const kept = ranked.slice(0, options.limit ?? DEFAULT_LIMIT);
  const matched = matchedWords(index, query);
  return kept.flatMap((d) => {
    const doc = index.docs[d];
    if (!doc) return [];
    const { id, kind, title, url } = doc;
    return [
      {
        id,
        kind,
        title,
        url,
        score: scores[d] ?? 0,
        snippet: makeSnippet(index, d, matched),
        titleHighlights: highlights(title, matched),
      },
    ];
  });
}
