/**
 * From typed text to what the scorer needs: one clause per meaningful word, each with the index words it may
 * match (exact, as a prefix of what is being typed, within a typo budget, or sounding the same in French) and
 * their quality, plus synonym spans ("mayor warning" ↔ "rappel à l'ordre", and the field lexicon's street
 * words and everyday descriptions) whose alternatives are exact word sequences.
 */
import { analyze, isIndexable, isNumber, stem, tokenize } from './analyze.ts';
import { FIELD_LEXICON } from './field-lexicon.ts';
import { findTerm, fuzzyTerms, prefixTerms, soundAlikeTerms } from './lexicon.ts';
import { phoneticKey } from './phonetic.ts';
import type { SearchIndex } from './search-index.ts';
import { RELATED_GROUPS, SYNONYM_GROUPS, SYNONYM_POINTERS } from './synonyms.ts';
import { FAMILY, MAX_PREFIX_EXPANSIONS, QUALITY, maxEdits } from './weights.ts';

export interface Clause {
  /** Index word number → match quality (0–1]. */
  expansions: Map<number, number>;
  /** A number typed in the query, matched against scheme age ranges. */
  age?: number;
}

export interface SynonymSpan {
  /** Clauses [from, to) the synonym stands for. */
  from: number;
  to: number;
  /** Word-number sequences (every word of one must occur) and how much they are worth against the typed words. */
  alternatives: { words: number[]; quality: number }[];
}

export interface ParsedQuery {
  clauses: Clause[];
  spans: SynonymSpan[];
}

/** A pasted paragraph is cut here: past sixteen words, more words only cost time. */
const MAX_WORDS = 16;

/** Words that only say a number is an age: "16 ans", "17-year-olds", "aged 25". */
const AGE_UNITS = new Set(['ans', 'an', 'years', 'year', 'yo', 'old', 'olds', 'aged']);

interface SynonymRule {
  key: string[];
  /** Sound key of each word of `key` ("" when too short to have one): "bicrav" finds the rule for "bicrave". */
  sounds: string[];
  alternatives: { words: string[]; quality: number }[];
}

/** Rules by the stem of their first word, and by its sound key. */
let rulesByFirstWord: Map<string, SynonymRule[]> | undefined;
let rulesByFirstSound: Map<string, SynonymRule[]> | undefined;

/** Synonym phrases, analysed once like any query, grouped by their first word for a quick scan. */
function synonymRules(): { byWord: Map<string, SynonymRule[]>; bySound: Map<string, SynonymRule[]> } {
  if (rulesByFirstWord && rulesByFirstSound) return { byWord: rulesByFirstWord, bySound: rulesByFirstSound };
  const byKey = new Map<string, Map<string, number>>(); // key → alternative → best quality
  const add = (from: string, to: string, quality: number) => {
    const key = analyze(from).join(' ');
    const alternative = analyze(to).join(' ');
    if (!key || !alternative || key === alternative) return;
    let alternatives = byKey.get(key);
    if (!alternatives) byKey.set(key, (alternatives = new Map()));
    alternatives.set(alternative, Math.max(quality, alternatives.get(alternative) ?? 0));
  };
  const addGroups = (groups: readonly (readonly string[])[], quality: number) => {
    for (const group of groups) for (const from of group) for (const to of group) add(from, to, quality);
  };
  addGroups(SYNONYM_GROUPS, QUALITY.synonym);
  addGroups(RELATED_GROUPS, QUALITY.related);
  for (const pointer of [...SYNONYM_POINTERS, ...FIELD_LEXICON]) {
    for (const from of pointer.from) for (const to of pointer.to) add(from, to, QUALITY.synonym);
  }
  const byWord = new Map<string, SynonymRule[]>();
  const bySound = new Map<string, SynonymRule[]>();
  const file = (map: Map<string, SynonymRule[]>, first: string, rule: SynonymRule) => {
    if (first) map.set(first, [...(map.get(first) ?? []), rule]);
  };
  for (const [key, alternatives] of byKey) {
    const words = key.split(' ');
    const rule: SynonymRule = {
      key: words,
      sounds: words.map(phoneticKey),
      alternatives: [...alternatives].map(([alternative, quality]) => ({ words: alternative.split(' '), quality })),
    };
    file(byWord, words[0] ?? '', rule);
    file(bySound, rule.sounds[0] ?? '', rule);
  }
  [rulesByFirstWord, rulesByFirstSound] = [byWord, bySound];
  return { byWord, bySound };
}

interface QueryWord {
  /** Folded, as typed: prefixes and typos are measured on it. */
  typed: string;
  stemmed: string;
  isAge: boolean;
}

/** The meaningful words of the query; age units are folded into the number before them. */
function queryWords(text: string): QueryWord[] {
  const tokens = tokenize(text).map((token) => token.term);
  const words: QueryWord[] = [];
  tokens.forEach((term, i) => {
    const previous = tokens[i - 1];
    if (AGE_UNITS.has(term) && ((previous !== undefined && isNumber(previous)) || term === 'aged')) return;
    // A lone stop word or letter is kept: it is the start of what the user is typing.
    if (!isIndexable(term) && tokens.length > 1) return;
    words.push({ typed: term, stemmed: stem(term), isAge: isNumber(term) });
  });
  return words;
}

function clauseFor(index: SearchIndex, word: QueryWord, asPrefix: boolean): Clause {
  const expansions = new Map<number, number>();
  const offer = (t: number, quality: number) => {
    if (t >= 0 && quality > (expansions.get(t) ?? 0)) expansions.set(t, quality);
  };
  offer(findTerm(index, word.stemmed), QUALITY.exact);
  offer(findTerm(index, word.typed), QUALITY.exact);
  if (asPrefix) {
    for (const t of prefixTerms(index, word.typed, MAX_PREFIX_EXPANSIONS)) {
      const share = word.typed.length / (index.terms[t]?.length ?? 1);
      offer(t, QUALITY.prefixBase + QUALITY.prefixSpan * share);
    }
  }
  if (!word.isAge && word.typed.length >= FAMILY.minLength) {
    // Same word family: a long shared start ("collector" / "collecting", "décroché" / "décrochage") stands in
    // for a stemmer that would have to know both languages.
    const root = word.typed.slice(0, Math.max(FAMILY.minLength, Math.ceil(word.typed.length * FAMILY.share)));
    for (const t of prefixTerms(index, root, MAX_PREFIX_EXPANSIONS)) offer(t, QUALITY.family);
    // And the other way: an index word that starts the typed one ("anonymement" → "anonyme").
    for (let length = word.typed.length - 1; length >= root.length - 1 && length >= FAMILY.minLength; length--) {
      offer(findTerm(index, word.typed.slice(0, length)), QUALITY.family);
    }
  }
  if (!word.isAge) {
    for (const [t, distance] of fuzzyTerms(index, word.stemmed, maxEdits(word.typed.length))) {
      offer(t, distance === 1 ? QUALITY.fuzzy1 : QUALITY.fuzzy2);
    }
    // Spelled by ear: "nourisse" is three edits from "nourrice" but sounds the same.
    for (const t of soundAlikeTerms(index, word.typed)) offer(t, QUALITY.phonetic);
  }
  return word.isAge ? { expansions, age: Number(word.typed) } : { expansions };
}

function synonymSpans(index: SearchIndex, words: QueryWord[]): SynonymSpan[] {
  const { byWord, bySound } = synonymRules();
  const stems = words.map((word) => word.stemmed);
  const sounds = words.map((word) => phoneticKey(word.typed));
  // A key word matches as written or by its sound ("keufs", "keuf"; "bicrav", "bicrave").
  const matches = (rule: SynonymRule, from: number) =>
    rule.key.every(
      (word, k) => stems[from + k] === word || (rule.sounds[k] !== '' && sounds[from + k] === rule.sounds[k]),
    );
  // One span per stretch of words: a rule found by its spelling and another by its sound ("décroché",
  // "décrocher") pool their alternatives instead of counting the same synonyms twice.
  const spans = new Map<string, SynonymSpan>();
  stems.forEach((first, from) => {
    const candidates = new Set([...(byWord.get(first) ?? []), ...(bySound.get(sounds[from] ?? '') ?? [])]);
    for (const rule of candidates) {
      if (!matches(rule, from)) continue;
      const to = from + rule.key.length;
      let span = spans.get(`${from}:${to}`);
      for (const { words: alternative, quality } of rule.alternatives) {
        const numbers = alternative.map((word) => findTerm(index, word));
        if (numbers.some((t) => t < 0)) continue;
        if (!span) spans.set(`${from}:${to}`, (span = { from, to, alternatives: [] }));
        const same = span.alternatives.find((known) => known.words.join() === numbers.join());
        if (!same) span.alternatives.push({ words: numbers, quality });
        else same.quality = Math.max(same.quality, quality);
      }
    }
  });
  return [...spans.values()];
}

export function parseQuery(index: SearchIndex, text: string): ParsedQuery {
  const words = queryWords(text).slice(0, MAX_WORDS);
  // The last word is still being typed unless the text ends with a space or punctuation.
  const typing = /[\p{L}\p{N}]$/u.test(text);
  const clauses = words.map((word, i) => clauseFor(index, word, typing && i === words.length - 1));
  return { clauses, spans: synonymSpans(index, words) };
}
