/**
 * The snippet under a result: the passage that best shows why it matched, cut to about 160 characters around
 * the matched words, with their offsets so the UI can mark them. The unit-level postings say which paragraphs
 * hold which query words, so only the chosen passage is re-read. The title is shown anyway, so the fields that
 * make it up are not repeated here.
 */
import { stem, tokenize } from './analyze.ts';
import type { SearchIndex } from './search-index.ts';
import { SEARCH_FIELDS, type SearchField, type SearchKind, type Snippet } from './types.ts';
import { FIELD_WEIGHTS } from './weights.ts';

export const SNIPPET_LENGTH = 160;
/** A passage shorter than this (a gloss, one offer) is followed by what comes next, for context. */
const MIN_PASSAGE = 100;
/** Offset of a highlight from the window start, so the matched word comes with a little of what precedes it. */
const LEAD = 40;

const HIDDEN_FIELDS: Record<SearchKind, SearchField[]> = {
  term: ['terms', 'variants', 'context'],
  scheme: ['acronym', 'nameFr', 'context'],
  section: ['title', 'context'],
  checklist: ['title', 'context'],
  table: ['title', 'context'],
};

/**
 * English glosses and names stay out of a French document's snippet: the French reader reads French first
 * (issue #15), and the English words still match, only they are not what the passage shows.
 */
const HIDDEN_IN_FRENCH: SearchField[] = ['gloss', 'nameEn'];

/** What the query matched: index word number → clause, and the same by word, for re-read text. */
export interface MatchedWords {
  byNumber: Map<number, number>;
  byWord: Map<string, number>;
}

/** Position of doc `d`'s first triple in a posting list (sorted by doc), or -1. */
export function firstTriple(list: Int32Array, d: number): number {
  let lo = 0;
  let hi = list.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid * 3] ?? 0) < d) lo = mid + 1;
    else hi = mid;
  }
  return list[lo * 3] === d ? lo * 3 : -1;
}

/** Per unit of doc `d`, the distinct query clauses it answers. */
function clausesByUnit(index: SearchIndex, d: number, matched: MatchedWords): Map<number, Set<number>> {
  const byUnit = new Map<number, Set<number>>();
  for (const [t, clause] of matched.byNumber) {
    const list = index.postings[t];
    if (!list) continue;
    for (let i = firstTriple(list, d); i >= 0 && i < list.length && list[i] === d; i += 3) {
      const unit = list[i + 1] ?? 0;
      let set = byUnit.get(unit);
      if (!set) byUnit.set(unit, (set = new Set()));
      set.add(clause);
    }
  }
  return byUnit;
}

/** Offsets of the words of `text` that the query matched (also used for result titles). */
export function highlights(text: string, matched: MatchedWords): [number, number][] {
  return tokenize(text)
    .filter((token) => matched.byWord.has(stem(token.term)) || matched.byWord.has(token.term))
    .map((token) => [token.start, token.end]);
}

/** The window of about `length` characters holding the most highlights, snapped to word boundaries. */
function cut(text: string, ranges: [number, number][], length: number): Snippet {
  if (text.length <= length) return { text, highlights: ranges };
  let start = 0;
  let bestCount = -1;
  for (const [from] of ranges) {
    const candidate = Math.max(0, Math.min(from - LEAD, text.length - length));
    const count = ranges.filter(([s, e]) => s >= candidate && e <= candidate + length).length;
    if (count > bestCount) [start, bestCount] = [candidate, count];
  }
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < start + 20) start = space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const shift = before.length - start;
  return {
    text: `${before}${text.slice(start, end)}${after}`,
    highlights: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}

export function makeSnippet(index: SearchIndex, d: number, matched: MatchedWords): Snippet {
  const doc = index.docs[d];
  if (!doc) return { text: '', highlights: [] };
  const hiddenFields = doc.lang === 'fr' ? [...HIDDEN_FIELDS[doc.kind], ...HIDDEN_IN_FRENCH] : HIDDEN_FIELDS[doc.kind];
  const hidden = new Set(hiddenFields.map((field) => SEARCH_FIELDS.indexOf(field)));
  const units = index.units[d] ?? [];
  const byUnit = clausesByUnit(index, d, matched);
  let chosen = units.findIndex((unit) => !hidden.has(unit.field));
  if (chosen < 0) return { text: '', highlights: [] };
  // Query words the title already shows ("guetteur" in "Guetteur / chouf"): a passage is worth showing for
  // the others, else the entry's first passage (its definition) says more than a note that repeats the word.
  // ('context' is hidden but not in the title: the towns of an example, the section around a box.)
  const titleFields = new Set(
    HIDDEN_FIELDS[doc.kind].filter((field) => field !== 'context').map((field) => SEARCH_FIELDS.indexOf(field)),
  );
  const inTitle = new Set<number>();
  for (const [unit, clauses] of byUnit) {
    if (titleFields.has(units[unit]?.field ?? -1)) for (const clause of clauses) inTitle.add(clause);
  }
  let bestRank = 0;
  for (const [unit, clauses] of byUnit) {
    const field = units[unit]?.field ?? 0;
    if (hidden.has(field)) continue;
    const fresh = [...clauses].filter((clause) => !inTitle.has(clause)).length;
    if (fresh === 0) continue;
    // Distinct query words first; between equals, the more important field, then the earlier passage.
    const rank = fresh * 100 + FIELD_WEIGHTS[SEARCH_FIELDS[field] ?? 'body'];
    if (rank > bestRank || (rank === bestRank && unit < chosen)) [chosen, bestRank] = [unit, rank];
  }
  let text = units[chosen]?.text ?? '';
  for (let i = chosen + 1; i < units.length && text.length < MIN_PASSAGE; i++) {
    const unit = units[i];
    if (!unit || hidden.has(unit.field)) continue;
    text += `${unit.field === units[i - 1]?.field ? ' · ' : ' — '}${unit.text}`;
  }
  return cut(text, highlights(text, matched), SNIPPET_LENGTH);
}
