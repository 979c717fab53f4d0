/** The engine's entry points: ranked results with snippets, and suggestions when nothing matched. */
import { parseQuery, type ParsedQuery } from './query.ts';
import { scoreDocuments } from './score.ts';
import type { SearchIndex } from './search-index.ts';
import { highlights, makeSnippet, type MatchedWords } from './snippet.ts';
import type { SearchLanguage, SearchOptions, SearchResult } from './types.ts';

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

/**
 * The reader's-language document of an entry is shown when it scores at least this share of the entry's best:
 * it says the same thing in other words ("sèche le collège" scores GPDS's English "secondary school" 4–5×
 * its French "second degré", yet the French page is the one to read). Below, it only shares a stray word with
 * the query ("justice and us workshops": 1 against 397) and the other language's passage is where the words are.
 */
const OWN_LANGUAGE_SHARE = 0.2;

const byLanguageCache = new WeakMap<SearchIndex, Map<string, number>>();

/** The document of entry `id` in language `lang` ("fr:term:guetteur" → its number), or -1. */
function documentIn(index: SearchIndex, id: string, lang: SearchLanguage): number {
  let byLanguage = byLanguageCache.get(index);
  if (!byLanguage) {
    byLanguage = new Map(index.docs.map((doc, d) => [`${doc.lang}:${doc.id}`, d]));
    byLanguageCache.set(index, byLanguage);
  }
  return byLanguage.get(`${lang}:${id}`) ?? -1;
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
  // Each entry once, ranked by its best document, shown in the reader's language whenever that document
  // matches nearly as well (a French reader gets the French passage when both say it), and always titled in
  // the reader's language when the entry exists in it.
  const limit = options.limit ?? DEFAULT_LIMIT;
  const seen = new Set<string>();
  const kept: { shown: number; best: number; titled: number }[] = [];
  for (const d of ranked) {
    const id = index.docs[d]?.id ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    const own = options.lang && index.docs[d]?.lang !== options.lang ? documentIn(index, id, options.lang) : -1;
    const shown = own >= 0 && (scores[own] ?? 0) >= OWN_LANGUAGE_SHARE * (scores[d] ?? 0) ? own : d;
    kept.push({ shown, best: d, titled: own >= 0 ? own : d });
    if (kept.length === limit) break;
  }
  const matched = matchedWords(index, query);
  return kept.flatMap(({ shown, best, titled }) => {
    const doc = index.docs[shown];
    if (!doc) return [];
    const { id, kind, lang, url } = doc;
    const title = index.docs[titled]?.title ?? doc.title;
    return [
      {
        id,
        kind,
        lang,
        title,
        titleLang: index.docs[titled]?.lang ?? lang,
        url,
        score: scores[best] ?? 0,
        snippet: makeSnippet(index, shown, matched),
        titleHighlights: highlights(title, matched),
      },
    ];
  });
}
