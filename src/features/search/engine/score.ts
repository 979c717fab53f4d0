/**
 * Scoring: BM25-style weight of each matched word per field (field boosts from weights.ts), the best
 * expansion per query word, synonym spans that can only raise a span's score, a coverage factor so a document
 * matching every word beats one matching a single word strongly, an age-range match for numbers, and a boost
 * when the query is a document's name (headword, acronym, title, French or English name, gloss), and another when
 * a paragraph holds the query word for word (phrase.ts).
 */
import { clauseWordSets, hasPhrase } from './phrase.ts';
import { FIELD_COUNT, type SearchIndex } from './search-index.ts';
import type { Clause, ParsedQuery, SynonymSpan } from './query.ts';
import { SEARCH_FIELDS } from './types.ts';
import {
  AGE_WEIGHT,
  BM25,
  COVERAGE_POWER,
  FIELD_WEIGHTS,
  KEY_BOOST,
  KEY_FIELDS,
  KEY_PREFIX_SHARE,
  KIND_PRIOR,
  PHRASE,
  ageSpecificity,
} from './weights.ts';

const fieldWeights = Float64Array.from(SEARCH_FIELDS, (field) => FIELD_WEIGHTS[field]);
const keyFactors = Float64Array.from(SEARCH_FIELDS, (field) => KEY_FIELDS[field] ?? 0);

/** BM25 weight of `tf` occurrences in field `f` of doc `d`, times the field's boost. */
function fieldScore(index: SearchIndex, d: number, f: number, tf: number): number {
  const ratio = (index.fieldLengths[d * FIELD_COUNT + f] ?? 0) / (index.avgFieldLength[f] ?? 1);
  return ((fieldWeights[f] ?? 0) * (tf * (BM25.k1 + 1))) / (tf + BM25.k1 * (1 - BM25.b + BM25.b * ratio));
}

/**
 * Adds, per document, the weight of word `t` over all its fields, times `factor`, into `out` (max or sum).
 * Postings are per unit; units of one field are neighbours, so their frequencies add up before saturation.
 */
function accumulateTerm(index: SearchIndex, t: number, factor: number, out: Float64Array, mode: 'max' | 'sum'): void {
  const list = index.postings[t];
  if (!list) return;
  const scale = (index.idf[t] ?? 0) * factor;
  let i = 0;
  while (i < list.length) {
    const d = list[i] ?? 0;
    const fields = index.unitFields[d];
    let sum = 0;
    let field = -1;
    let tf = 0;
    for (; i < list.length && list[i] === d; i += 3) {
      const f = fields?.[list[i + 1] ?? 0] ?? 0;
      if (f !== field) {
        if (field >= 0) sum += fieldScore(index, d, field, tf);
        [field, tf] = [f, 0];
      }
      tf += list[i + 2] ?? 0;
    }
    sum += fieldScore(index, d, field, tf);
    const value = sum * scale;
    if (mode === 'sum') out[d] = (out[d] ?? 0) + value;
    else if (value > (out[d] ?? 0)) out[d] = value;
  }
}

/** Word sequences that stand for the whole query: the synonyms of a span covering every clause. */
type WholeQuerySynonyms = ParsedQuery['spans'][number]['alternatives'];

/** How well the whole query names document `d`: 0, or factor × quality (less when it is only the name's start). */
function keyMatch(index: SearchIndex, d: number, query: ParsedQuery, synonyms: WholeQuerySynonyms): number {
  const n = query.clauses.length;
  let best = 0;
  for (const key of index.keys[d] ?? []) {
    const factor = keyFactors[key[0] ?? 0] ?? 0;
    const length = key.length - 1;
    if (n > 0 && n <= length) {
      let quality = 1;
      for (let i = 0; i < n && quality > 0; i++) quality *= query.clauses[i]?.expansions.get(key[i + 1] ?? -1) ?? 0;
      best = Math.max(best, factor * quality * (n === length ? 1 : KEY_PREFIX_SHARE));
    }
    // A synonym must be the whole name: "boarding" → "EPIDE", not every name that starts with "family".
    for (const { words, quality } of synonyms) {
      if (words.length === length && words.every((word, i) => key[i + 1] === word)) {
        best = Math.max(best, factor * quality);
      }
    }
  }
  return best;
}

/** Per document, the best of a clause's expansions; for a number, also its fit in a scheme's age range. */
function clauseScores(index: SearchIndex, clause: Clause): Float64Array {
  const scores = new Float64Array(index.docs.length);
  for (const [t, quality] of clause.expansions) accumulateTerm(index, t, quality, scores, 'max');
  const age = clause.age;
  if (age !== undefined) {
    index.docs.forEach((doc, d) => {
      if (doc.ages && doc.ages[0] <= age && age <= doc.ages[1]) {
        scores[d] = Math.max(scores[d] ?? 0, AGE_WEIGHT * ageSpecificity(doc.ages[0], doc.ages[1]));
      }
    });
  }
  return scores;
}

/** Per document, the best synonym of a span: every word of it must be there, rescaled to the span's length. */
function spanScores(index: SearchIndex, span: SynonymSpan): Float64Array {
  const n = index.docs.length;
  const best = new Float64Array(n);
  const sum = new Float64Array(n);
  const hits = new Uint8Array(n);
  const one = new Float64Array(n);
  for (const { words, quality } of span.alternatives) {
    sum.fill(0);
    hits.fill(0);
    for (const t of words) {
      one.fill(0);
      accumulateTerm(index, t, 1, one, 'sum');
      for (let d = 0; d < n; d++) {
        const value = one[d] ?? 0;
        if (value <= 0) continue;
        sum[d] = (sum[d] ?? 0) + value;
        hits[d] = (hits[d] ?? 0) + 1;
      }
    }
    const scale = (quality * (span.to - span.from)) / words.length;
    for (let d = 0; d < n; d++) if (hits[d] === words.length) best[d] = Math.max(best[d] ?? 0, (sum[d] ?? 0) * scale);
  }
  return best;
}

/** Score of every document for a parsed query (0 = no match). */
export function scoreDocuments(index: SearchIndex, query: ParsedQuery): Float64Array {
  const n = index.docs.length;
  const total = new Float64Array(n);
  const byClause = query.clauses.map((clause) => clauseScores(index, clause));
  const bySpan = query.spans.map((span) => spanScores(index, span));
  // A missing rare word costs more than a missing common one: coverage is weighted by each word's best idf
  // (a word the corpus does not know at all weighs the most).
  const maxIdf = Math.log(1 + n);
  const clauseWeights = query.clauses.map((clause) => {
    let weight = 0;
    for (const t of clause.expansions.keys()) weight = Math.max(weight, index.idf[t] ?? 0);
    return weight > 0 ? weight : maxIdf;
  });
  const totalWeight = clauseWeights.reduce((sum, weight) => sum + weight, 0);
  const synonyms = query.spans
    .filter((span) => span.from === 0 && span.to === query.clauses.length)
    .flatMap((span) => span.alternatives);
  for (let d = 0; d < n; d++) {
    let base = 0;
    let covered = 0;
    query.clauses.forEach((_, i) => {
      const own = byClause[i]?.[d] ?? 0;
      base += own;
      const bySynonym = query.spans.some((span, s) => span.from <= i && i < span.to && (bySpan[s]?.[d] ?? 0) > 0);
      if (own > 0 || bySynonym) covered += clauseWeights[i] ?? 0;
    });
    query.spans.forEach((span, s) => {
      let own = 0;
      for (let i = span.from; i < span.to; i++) own += byClause[i]?.[d] ?? 0;
      base += Math.max(0, (bySpan[s]?.[d] ?? 0) - own);
    });
    if (base <= 0) continue;
    const coverage = covered / totalWeight;
    const doc = index.docs[d];
    const prior = doc ? KIND_PRIOR[doc.kind] : 1;
    total[d] = base * coverage ** COVERAGE_POWER * prior * (1 + KEY_BOOST * keyMatch(index, d, query, synonyms));
  }
  boostPhrases(index, query, byClause, total);
  return total;
}

/**
 * The best documents holding every query word are checked for the words in a row; those that have them are
 * multiplied, more for a longer phrase (two words in a row happen by chance, five do not).
 */
function boostPhrases(index: SearchIndex, query: ParsedQuery, byClause: Float64Array[], total: Float64Array): void {
  const n = query.clauses.length;
  if (n < 2) return;
  const candidates: number[] = [];
  total.forEach((score, d) => {
    if (score > 0 && byClause.every((scores) => (scores[d] ?? 0) > 0)) candidates.push(d);
  });
  candidates.sort((a, b) => (total[b] ?? 0) - (total[a] ?? 0));
  const words = clauseWordSets(index, query.clauses);
  const factor = 1 + PHRASE.boost * (Math.min(n, PHRASE.maxWords) - 1);
  for (const d of candidates.slice(0, PHRASE.candidates)) {
    if (hasPhrase(index, d, query.clauses, words)) total[d] = (total[d] ?? 0) * factor;
  }
}
