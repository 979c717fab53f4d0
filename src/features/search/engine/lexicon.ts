/**
 * Word lookups in the sorted lexicon: exact (binary search), prefix (a contiguous range of the sorted array)
 * and typo-tolerant (bounded edit distance over the words of a close length).
 */
import { phoneticKey } from './phonetic.ts';
import type { SearchIndex } from './search-index.ts';

/** First position whose word is ≥ `key`. */
function lowerBound(terms: string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findTerm(index: SearchIndex, term: string): number {
  const at = lowerBound(index.terms, term);
  return index.terms[at] === term ? at : -1;
}

/** Words starting with `prefix` (not the word itself), the shortest first, at most `limit`. */
export function prefixTerms(index: SearchIndex, prefix: string, limit: number): number[] {
  const from = lowerBound(index.terms, prefix);
  const to = lowerBound(index.terms, `${prefix}\uffff`);
  const found: number[] = [];
  for (let t = from; t < to; t++) if (index.terms[t] !== prefix) found.push(t);
  if (found.length <= limit) return found;
  return found.sort((a, b) => (index.terms[a]?.length ?? 0) - (index.terms[b]?.length ?? 0)).slice(0, limit);
}

// Rows reused across calls: the distance is computed thousands of times per keystroke.
let previous2 = new Int32Array(64);
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Optimal string alignment distance (insert, delete, substitute, swap two neighbours), or `max + 1` as soon as
 * it must exceed `max`: a swapped pair is one typo on a phone keyboard, not two.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (current.length < width) {
    previous2 = new Int32Array(width * 2);
    previous = new Int32Array(width * 2);
    current = new Int32Array(width * 2);
  }
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[b.length] ?? max + 1;
}

interface Buckets {
  /** Word numbers grouped by word length. */
  byLength: number[][];
  /** Per word, a bit per letter a–z it contains (bit 26: anything else). */
  letters: Uint32Array;
}

const bucketsCache = new WeakMap<SearchIndex, Buckets>();

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 0x61;
    mask |= 1 << (code >= 0 && code < 26 ? code : 26);
  }
  return mask >>> 0;
}

function popCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Built on the first typo lookup of an index, so loading stays a bare parse. */
function buckets(index: SearchIndex): Buckets {
  const cached = bucketsCache.get(index);
  if (cached) return cached;
  const byLength: number[][] = [];
  const letters = new Uint32Array(index.terms.length);
  index.terms.forEach((term, t) => {
    (byLength[term.length] ??= []).push(t);
    letters[t] = letterMask(term);
  });
  const built = { byLength, letters };
  bucketsCache.set(index, built);
  return built;
}

const soundsCache = new WeakMap<SearchIndex, Map<string, number[]>>();

/**
 * Words grouped by sound key, built on the first lookup of an index (about 15 ms for the 4 500 words of both
 * packs in Node): computed rather than shipped, as the keys would add 12 KB gzipped to the index chunk.
 */
function sounds(index: SearchIndex): Map<string, number[]> {
  const cached = soundsCache.get(index);
  if (cached) return cached;
  const byKey = new Map<string, number[]>();
  index.terms.forEach((term, t) => {
    const key = phoneticKey(term);
    if (!key) return;
    const list = byKey.get(key);
    if (list) list.push(t);
    else byKey.set(key, [t]);
  });
  soundsCache.set(index, byKey);
  return byKey;
}

/** Words that sound like `term` in French ("nourisse" → "nourrice"), the word itself excluded. */
export function soundAlikeTerms(index: SearchIndex, term: string): number[] {
  const key = phoneticKey(term);
  if (!key) return [];
  return (sounds(index).get(key) ?? []).filter((t) => index.terms[t] !== term);
}

/** Words within `max` edits of `term` (the word itself excluded), with their distance. */
export function fuzzyTerms(index: SearchIndex, term: string, max: number): [number, number][] {
  if (max <= 0) return [];
  const { byLength, letters } = buckets(index);
  const mask = letterMask(term);
  const found: [number, number][] = [];
  for (let length = Math.max(1, term.length - max); length <= term.length + max; length++) {
    for (const t of byLength[length] ?? []) {
      // One edit adds or removes at most two letters from the set of letters used: a cheap filter that skips
      // most of the lexicon before the real distance.
      if (popCount(mask ^ (letters[t] ?? 0)) > 2 * max) continue;
      const candidate = index.terms[t] ?? '';
      if (candidate === term) continue;
      const distance = editDistance(term, candidate, max);
      if (distance <= max) found.push([t, distance]);
    }
  }
  return found;
}

/**
 * Builds the typo and sound tables of an index now rather than on the first keystroke that needs them (about
 * 40 + 30 ms in Node, several times that on a slow phone): the app calls it when the browser is idle after
 * loading the index.
 */
export function prepareLookups(index: SearchIndex): void {
  buckets(index);
  sounds(index);
}
