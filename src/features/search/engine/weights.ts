/**
 * Ranking knobs in one place. Tuned on the quality set (../quality/queries.ts): change a number, run the
 * quality test and the bench.
 */
import type { SearchField, SearchKind } from './types.ts';

/** A word in the headword or acronym weighs ten times a word of the body. */
export const FIELD_WEIGHTS: Record<SearchField, number> = {
  terms: 10,
  acronym: 10,
  title: 8,
  variants: 8,
  nameFr: 8,
  nameEn: 7,
  gloss: 6,
  headings: 3,
  summary: 3,
  definition: 2.5,
  whoFor: 2.5,
  offers: 2,
  responses: 2,
  steps: 1.5,
  access: 1,
  details: 1,
  context: 1,
  body: 1,
};

/**
 * Fields whose every value names the document: a query equal to one of them (or to its start, as the user types)
 * multiplies the score. Headwords and acronyms count fully, names and titles nearly, the English gloss a bit less.
 */
export const KEY_FIELDS: Partial<Record<SearchField, number>> = {
  terms: 1,
  acronym: 1,
  variants: 0.9,
  title: 0.9,
  nameFr: 0.9,
  nameEn: 0.9,
  gloss: 0.8,
};

/** Multiplier of a whole-name match (score × (1 + KEY_BOOST × field factor × match quality)). */
export const KEY_BOOST = 3;
/** Share of KEY_BOOST when the query is only the start of the name ("second chance" → "Second Chance Schools"). */
export const KEY_PREFIX_SHARE = 0.4;

/** Match quality of a query word against an index word. */
export const QUALITY = {
  exact: 1,
  /** Prefix matches weigh more as the typed part covers more of the word. */
  prefixBase: 0.45,
  prefixSpan: 0.4,
  fuzzy1: 0.55,
  fuzzy2: 0.4,
  /** Sounds the same in French ("nourisse" / "nourrice"): surer than two typos, less than the word itself. */
  phonetic: 0.55,
  /** A word of the same family (shared start, see FAMILY). */
  family: 0.5,
  synonym: 0.8,
  related: 0.5,
} as const;

/** Typo tolerance by the length of the typed word: none under 4 letters, 1 edit up to 7, 2 edits from 8. */
export function maxEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** Words of one family share their first 75 % (at least 6 letters): "decroch|e" and "decroch|age". */
export const FAMILY = { minLength: 6, share: 0.75 } as const;

/** Prefix expansion cap, so a one-letter query stays fast; the shortest words (closest to what is typed) win. */
export const MAX_PREFIX_EXPANSIONS = 60;

/** BM25 saturation and length normalisation. */
export const BM25 = { k1: 1.2, b: 0.6 } as const;

/**
 * A number in the query inside a scheme's age range scores like a word of the summary, more when the range is
 * narrow (16–18 tells more than 10–99).
 */
export const AGE_WEIGHT = 6;
export function ageSpecificity(min: number, max: number): number {
  return 1 / (1 + (max - min) / 8);
}

/**
 * A query found word for word in one paragraph: score × (1 + boost × (words − 1)), words counted up to
 * `maxWords`; only the best `candidates` documents holding every word are checked (each check re-reads text).
 */
export const PHRASE = { boost: 2.5, maxWords: 4, candidates: 40 } as const;

/** Score × coverage^power, coverage being the idf-weighted share of query words a document matches. */
export const COVERAGE_POWER = 2;

/** Small priors: entries (terms, schemes) are what people most often look for. */
export const KIND_PRIOR: Record<SearchKind, number> = {
  term: 1.15,
  scheme: 1.1,
  section: 1,
  checklist: 0.85,
  table: 0.9,
};
