/**
 * A French sound key for folded words, so a word typed as it sounds finds the word as it is written:
 * "nourisse" and "nourrice" are both "nuris", "chouffe" and "chouf" both "xuf", "charboneur" and "charbonneur"
 * both "xarbonEr". Spelling by ear is beyond an edit budget ("nourisse" is three edits from "nourrice"), so
 * the search compares these keys as well as the letters.
 *
 * Hand-written rather than a library: the published French algorithms (Phonex, Soundex FR, the French
 * Metaphone variants) either cut keys to four characters, which merges too many words of a 30 000-word
 * lexicon, or ship as large rule tables; these twenty rules cover the spellings heard on the ground and run on
 * every word of the index in a few milliseconds.
 *
 * Codes: X = "ch", A = "an/en", I = "in/ain/un", O = "on", E = "eu", U = "ou", W = "oi".
 * Input: a folded word (lower case, no accents), as analyze.ts makes it.
 */

/** Ordered rewrites: each sees the output of the previous ones. */
const RULES: [RegExp, string][] = [
  [/s?ch|sh/g, 'X'],
  [/ph/g, 'f'],
  [/h/g, ''],
  // Hard and soft c and g, while the vowel that decides is still there ("nourrice" before its "e" goes).
  [/gu(?=[eiy])/g, 'G'],
  [/qu|q/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/ge(?=[aou])|g(?=[eiy])/g, 'j'],
  // Silent endings: "nourrices", "petit", "choufe", "deux"; "-er" sounds like the "-é" folded to "e".
  [/(?:e?s|x)$/, ''],
  [/(?<=.{3})er$/, 'e'],
  [/(?<=[^aeiouy])e$/, ''],
  [/(?<=[aeiouy][^aeiouy]*)[tdp]$/, ''],
  [/x/g, 'ks'],
  [/c/g, 'k'],
  [/G/g, 'g'],
  [/tion/g, 'sion'],
  [/w/g, 'u'],
  [/y/g, 'i'],
  [/z/g, 's'],
  [/ill/g, 'i'],
  [/e?au/g, 'o'],
  [/oeu|eu/g, 'E'],
  [/ou/g, 'U'],
  [/oi/g, 'W'],
  [/[ae]i(?![nm])/g, 'e'],
  // A lone "e" between single consonants is often not said: "bascul(e)ment", "sam(e)di".
  [/(?<=[aeiouAEIOUW][^aeiouAEIOUW])e(?=[^aeiouAEIOUW][aeiouAEIOUW])/g, ''],
  // Nasal vowels: before a consonant other than n/m, or at the end ("enfant", "point"; not "charbonneur").
  [/(?:[ae]i|[iuW])[nm](?=[^aeiouAEIOUWnm]|$)/g, 'I'],
  [/[ae][nm](?=[^aeiouAEIOUWnm]|$)/g, 'A'],
  [/o[nm](?=[^aeiouAEIOUWnm]|$)/g, 'O'],
  [/(.)\1+/g, '$1'],
];

/** The sound key of a folded word ("" for numbers and words too short to say anything by their sound). */
export function phoneticKey(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return '';
  let key = word;
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key.length >= 3 ? key : '';
}
