/**
 * "Did you mean…" for a query that found nothing: the names in the index (headwords, acronyms, scheme names,
 * glosses) whose words are each within a looser typo budget (up to 3 edits) of the query's words.
 */
import { isIndexable, tokenize } from './analyze.ts';
import { editDistance } from './lexicon.ts';
import type { SearchIndex } from './search-index.ts';
import type { SearchField } from './types.ts';

const NAME_FIELDS: SearchField[] = ['terms', 'acronym', 'nameFr', 'nameEn', 'gloss'];
const MAX_SUGGESTIONS = 5;

/** Looser than the search's own tolerance: this only runs once that has failed. */
function suggestEdits(length: number): number {
  if (length < 5) return 1;
  return length < 9 ? 2 : 3;
}

interface Name {
  text: string;
  words: string[];
}

const namesCache = new WeakMap<SearchIndex, Name[]>();

function names(index: SearchIndex): Name[] {
  let cached = namesCache.get(index);
  if (!cached) {
    // One entry per distinct name: "Guetteur" is a headword once even if several documents mention it.
    const texts = new Set(index.docs.flatMap((doc) => NAME_FIELDS.flatMap((field) => doc.fields[field] ?? [])));
    cached = [...texts].map((text) => ({ text, words: tokenize(text).map((token) => token.term) }));
    namesCache.set(index, cached);
  }
  return cached;
}

export function suggest(index: SearchIndex, text: string): string[] {
  const words = tokenize(text)
    .map((token) => token.term)
    .filter(isIndexable);
  if (words.length === 0) return [];
  const scored: { text: string; distance: number }[] = [];
  for (const name of names(index)) {
    let distance = 0;
    for (const word of words) {
      const budget = suggestEdits(word.length);
      let best = budget + 1;
      for (const candidate of name.words) best = Math.min(best, editDistance(word, candidate, budget));
      if (best > budget) {
        distance = Infinity;
        break;
      }
      distance += best;
    }
    if (distance < Infinity) scored.push({ text: name.text, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.text.length - b.text.length);
  return scored.slice(0, MAX_SUGGESTIONS).map((entry) => entry.text);
}
