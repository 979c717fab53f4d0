/**
 * The inverted index: a sorted lexicon of analysed words and, per word, the documents and the units (one value
 * of one field: a paragraph, a list item, a name) it occurs in. Unit-level postings let the snippet go straight
 * to the paragraph that matched instead of re-reading the whole section. Built once (at build time), shipped
 * as compact JSON and loaded with one JSON.parse and a linear pass — no re-analysis of the text in the browser.
 */
import { analyze } from './analyze.ts';
import { SEARCH_FIELDS, type SearchDocument } from './types.ts';
import { KEY_FIELDS } from './weights.ts';

/** Bumped whenever the serialized shape or the analysis changes: an old index must be rebuilt, not misread. */
export const INDEX_VERSION = 2;
export const FIELD_COUNT = SEARCH_FIELDS.length;

export interface SearchIndex {
  docs: SearchDocument[];
  /** Sorted analysed words: exact lookups and prefix ranges are binary searches. */
  terms: string[];
  /** Per word, flat triples [doc, unit, term frequency], by increasing doc then unit. */
  postings: Int32Array[];
  /** doc * FIELD_COUNT + field → number of words. */
  fieldLengths: Int32Array;
  /** Per doc, its names as [field, ...word numbers]. */
  keys: number[][][];
  /** Derived at load: per doc, its units and the field number of each; idf per word; mean length per field. */
  units: Unit[][];
  unitFields: Int32Array[];
  idf: Float64Array;
  avgFieldLength: Float64Array;
}

interface SerializedIndex {
  v: number;
  docs: SearchDocument[];
  terms: string[];
  /** All postings end to end, doc numbers delta-encoded within a word (smaller once gzipped). */
  postings: number[];
  /** Number of triples per word. */
  counts: number[];
  fieldLengths: number[];
  keys: number[][][];
}

export interface Unit {
  field: number;
  text: string;
}

/** The units of a document in a fixed order (fields as in SEARCH_FIELDS, then values): build and load agree. */
export function documentUnits(doc: SearchDocument): Unit[] {
  return SEARCH_FIELDS.flatMap((name, field) => (doc.fields[name] ?? []).map((text) => ({ field, text })));
}

type BaseIndex = Omit<SearchIndex, 'units' | 'unitFields' | 'idf' | 'avgFieldLength'>;

function derive(base: BaseIndex): SearchIndex {
  const n = base.docs.length;
  const idf = new Float64Array(base.terms.length);
  base.postings.forEach((list, t) => {
    let df = 0;
    for (let i = 0, last = -1; i < list.length; i += 3) {
      if (list[i] !== last) df++;
      last = list[i] ?? -1;
    }
    // BM25's idf, kept above zero so a word found almost everywhere still counts a little.
    idf[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  const avgFieldLength = new Float64Array(FIELD_COUNT);
  for (let f = 0; f < FIELD_COUNT; f++) {
    let total = 0;
    let present = 0;
    for (let d = 0; d < n; d++) {
      const length = base.fieldLengths[d * FIELD_COUNT + f] ?? 0;
      total += length;
      if (length > 0) present++;
    }
    avgFieldLength[f] = present > 0 ? total / present : 1;
  }
  const units = base.docs.map(documentUnits);
  const unitFields = units.map((list) => Int32Array.from(list, (unit) => unit.field));
  return { ...base, units, unitFields, idf, avgFieldLength };
}

export function buildIndex(documents: SearchDocument[]): SearchIndex {
  const occurrences = new Map<string, number[]>(); // word → flat [doc, unit] per occurrence, in reading order
  const fieldLengths = new Int32Array(documents.length * FIELD_COUNT);
  const keyWords = documents.map((doc, d) =>
    documentUnits(doc).flatMap(({ field, text }, unit) => {
      const words = analyze(text);
      fieldLengths[d * FIELD_COUNT + field] = (fieldLengths[d * FIELD_COUNT + field] ?? 0) + words.length;
      for (const word of words) {
        let list = occurrences.get(word);
        if (!list) occurrences.set(word, (list = []));
        list.push(d, unit);
      }
      const isKey = KEY_FIELDS[SEARCH_FIELDS[field] ?? 'body'] !== undefined;
      return isKey && words.length > 0 ? [{ field, words }] : [];
    }),
  );
  const terms = [...occurrences.keys()].sort();
  const termNumber = new Map(terms.map((term, i) => [term, i]));
  const postings = terms.map((term) => {
    const flat = occurrences.get(term) ?? [];
    const triples: number[] = [];
    // Occurrences arrive by doc then unit, so equal (doc, unit) pairs are neighbours.
    for (let i = 0; i < flat.length; i += 2) {
      const last = triples.length - 3;
      if (last >= 0 && triples[last] === flat[i] && triples[last + 1] === flat[i + 1])
        triples[last + 2] = (triples[last + 2] ?? 0) + 1;
      else triples.push(flat[i] ?? 0, flat[i + 1] ?? 0, 1);
    }
    return Int32Array.from(triples);
  });
  const keys = keyWords.map((docKeys) =>
    docKeys.map(({ field, words }) => [field, ...words.map((word) => termNumber.get(word) ?? -1)]),
  );
  return derive({ docs: documents, terms, postings, fieldLengths, keys });
}

export function serializeIndex(index: SearchIndex): string {
  const postings: number[] = [];
  for (const list of index.postings) {
    for (let i = 0; i < list.length; i += 3) {
      postings.push((list[i] ?? 0) - (i > 0 ? (list[i - 3] ?? 0) : 0), list[i + 1] ?? 0, list[i + 2] ?? 0);
    }
  }
  const serialized: SerializedIndex = {
    v: INDEX_VERSION,
    docs: index.docs,
    terms: index.terms,
    postings,
    counts: index.postings.map((list) => list.length / 3),
    fieldLengths: Array.from(index.fieldLengths),
    keys: index.keys,
  };
  return JSON.stringify(serialized);
}

export function loadIndex(json: string): SearchIndex {
  const data = JSON.parse(json) as SerializedIndex;
  if (data.v !== INDEX_VERSION)
    throw new Error(`Search index version ${data.v}, expected ${INDEX_VERSION}: rebuild it`);
  const all = Int32Array.from(data.postings);
  let offset = 0;
  const postings = data.counts.map((count) => {
    const list = all.subarray(offset, offset + count * 3);
    for (let i = 3; i < list.length; i += 3) list[i] = (list[i] ?? 0) + (list[i - 3] ?? 0);
    offset += count * 3;
    return list;
  });
  return derive({
    docs: data.docs,
    terms: data.terms,
    postings,
    fieldLengths: Int32Array.from(data.fieldLengths),
    keys: data.keys,
  });
}
