/** Pure helpers of the vocabulary list: quick filter, A–Z grouping and the one-line excerpt. */
import type { TermRow } from '../../data/content';
import { foldText } from '../../shared/text/fold-text';
import { inlineToPlainText } from '../../shared/text/inline-markup';

export type FilterableTerm = Pick<TermRow, 'terms' | 'variants' | 'gloss' | 'definition'>;

/** The headword(s) as one line: "Guetteur / chouf". */
export function headwords(term: Pick<TermRow, 'terms'>): string {
  return term.terms.map(inlineToPlainText).join(' / ');
}

/** Everything the filter looks at, folded once: terms, variants, gloss and definition. */
export function termHaystack(term: FilterableTerm): string {
  return [...term.terms, ...term.variants, term.gloss, term.definition]
    .map((text) => foldText(inlineToPlainText(text)))
    .join(' | ');
}

/** Every word of the query must occur (case- and accent-insensitively): "se defaucher" finds "(Se) défaucher". */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  return words.every((word) => haystack.includes(word));
}

export function filterTerms<T extends FilterableTerm>(terms: readonly T[], query: string): T[] {
  if (!foldText(query)) return [...terms];
  return terms.filter((term) => matchesQuery(termHaystack(term), query));
}

/** The heading letter of a sort key: "A"–"Z", or "#" for anything else (digits, symbols). */
export function letterOf(sortKey: string): string {
  const first = sortKey.charAt(0).toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : '#';
}

/** Anchor id of a letter heading, for the jump bar's #letter-x links. */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

export interface LetterGroup<T> {
  letter: string;
  terms: T[];
}

/** Groups terms already sorted by `sortKey` under their letter, keeping the order. */
export function groupByLetter<T extends Pick<TermRow, 'sortKey'>>(terms: readonly T[]): LetterGroup<T>[] {
  const groups: LetterGroup<T>[] = [];
  for (const term of terms) {
    const letter = letterOf(term.sortKey);
    const last = groups.at(-1);
    if (last?.letter === letter) last.terms.push(term);
    else groups.push({ letter, terms: [term] });
  }
  return groups;
}

/** First sentence of a definition, cut at a word boundary so it fits on about one line of a phone. */
export function excerpt(text: string, maxLength = 90): string {
  const plain = inlineToPlainText(text).trim();
  const sentence = /^.+?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
