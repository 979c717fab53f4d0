/**
 * Text analysis shared by indexing and querying, so both sides always agree: words are folded (case, accents,
 * ligatures), French elisions dropped ("l'école" → "école"), stop words skipped and plurals folded
 * ("nourrices" → "nourrice", "families" → "family"). Tokens keep their offsets in the original text so the
 * snippet can highlight the very characters that matched.
 */

export interface Token {
  /** Folded word, not stemmed: "defaucher". */
  term: string;
  /** [start, end) in the original text. */
  start: number;
  end: number;
}

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** The elided forms of French articles and pronouns: "l'", "d'", "qu'"… never carry meaning on their own. */
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);

// Kept short on purpose: words that only glue a phrase together in French or English. Anything with meaning
// in this field (ages, "no", "sans", "etre", "four"…) stays searchable.
const STOP_WORDS = new Set(
  (
    'le la les un une des de du au aux et ou en dans par pour sur ce ces cet cette se sa son ses leur leurs qui que ' +
    'quoi est sont il elle ils elles on nous vous je tu y ne pas a an the of and or to in on at for by with from is ' +
    'are be as it its this that these those was were their they them which who into'
  ).split(' '),
);

// Combining marks count as word characters so text in decomposed form (NFD) splits on the same boundaries.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function foldSlow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (char) => LIGATURES[char] ?? char);
}

/**
 * Folding and word-character tables for Latin scripts (up to the combining marks), filled once: indexing a
 * whole content pack folds every character, and String.normalize per word was most of the build time.
 */
const TABLE_SIZE = 0x370;
const FOLDED: string[] = [];
const IS_WORD = new Uint8Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const char = String.fromCharCode(code);
  IS_WORD[code] = WORD_CHAR.test(char) ? 1 : 0;
  FOLDED.push(foldSlow(char));
}

export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    out += code < TABLE_SIZE ? FOLDED[code] : foldSlow(word.charAt(i));
  }
  return out;
}

/** Lower-case ASCII letters and digits need no folding: the common case, kept on a fast path. */
function isPlain(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Case- and accent-insensitive words of a text with their offsets; elided articles are dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let plain = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isPlain(code) || (code < TABLE_SIZE ? IS_WORD[code] === 1 : WORD_CHAR.test(text.charAt(i)))) {
      if (start < 0) [start, plain] = [i, true];
      plain &&= isPlain(code);
      continue;
    }
    if (start < 0) continue;
    const word = text.slice(start, i);
    const term = plain ? word : foldWord(word);
    const elided = APOSTROPHES.has(code) && ELIDED.has(term) && IS_WORD[text.charCodeAt(i + 1)] === 1;
    if (!elided) tokens.push({ term, start, end: i });
    start = -1;
  }
  return tokens;
}

export function isNumber(term: string): boolean {
  return /^\d+$/.test(term);
}

/** Whether a folded word is worth indexing: not glue, and not a stray letter (digits always count). */
export function isIndexable(term: string): boolean {
  return !STOP_WORDS.has(term) && (term.length > 1 || isNumber(term));
}

/**
 * Light plural folding for French and English. Deliberately conservative: it only has to make singular and
 * plural meet, and it runs on both sides, so an odd stem ("deux" → "deu") is harmless.
 */
export function stem(term: string): string {
  if (term.length <= 3 || isNumber(term)) return term;
  if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`;
  if (term.endsWith('eaux') || term.endsWith('eux')) return term.slice(0, -1);
  if (term.endsWith('aux') && term.length > 4) return `${term.slice(0, -3)}al`;
  if (term.endsWith('s') && !/(ss|us|is)$/.test(term)) return term.slice(0, -1);
  return term;
}

/** The index terms of a text, in order: what both the index and the query compare. */
export function analyze(text: string): string[] {
  return tokenize(text)
    .filter((token) => isIndexable(token.term))
    .map((token) => stem(token.term));
}
