/** The engine's entry points: ranked results with snippets, and suggestions when nothing matched. */
import { parseQuery, type ParsedQuery } from './query.ts';
import { scoreDocuments } from './score.ts';
import type { SearchIndex } from './search-index.ts';
import { highlights, makeSnippet, type MatchedWords } from './snippet.ts';
import type { SearchOptions, SearchResult } from './types.ts';

const DEFAULT_LIMIT = 20;

/**
 * Weight of the reader's language. Enough to put an entry's own-language document first when both match
 * (French headwords and proper names are the same in both packs), far too little to lift a passing mention in
 * the reader's language above the entry a query in the other language is plainly about.
 */
const PREFERRED_LANGUAGE = 1.25;

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
  if (options.lang) {
    scores.forEach((score, d) => {
      if (score > 0 && index.docs[d]?.lang === options.lang) scores[d] = score * PREFERRED_LANGUAGE;
    });
  }
  // Passing mentions stay, below the entry: "where else does the guide talk about it" is a fair question.
  const ranked: number[] = [];
  scores.forEach((score, d) => {
    if (score > 0) ranked.push(d);
  });
  ranked.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  // Each entry once, in the language of its best document.
  const limit = options.limit ?? DEFAULT_LIMIT;
  const seen = new Set<string>();
  const kept: number[] = [];
  for (const d of ranked) {
    const id = index.docs[d]?.id ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push(d);
    if (kept.length === limit) break;
  }
  const matched = matchedWords(index, query);
  return kept.flatMap((d) => {
    const doc = index.docs[d];
    if (!doc) return [];
    const { id, kind, lang, title, url } = doc;
    return [
      {
        id,
        kind,
        lang,
        title,
        url,
        score: scores[d] ?? 0,
        snippet: makeSnippet(index, d, matched),
        titleHighlights: highlights(title, matched),
      },
    ];
  });
}
