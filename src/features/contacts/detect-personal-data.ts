/**
 * Anonymous by design: spots free text that looks like it identifies a person, so the form can warn (never
 * block). Heuristics tuned for French field notes; a false alarm costs a glance, a miss costs nothing more
 * than having no detector, so the patterns lean towards warning.
 */
export type PersonalDataKind = 'phone' | 'email' | 'birthDate' | 'name';

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ['phone', 'email', 'birthDate', 'name'];

// French numbers: 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, +33612345678, 0033 6…
const PHONE = /(?<![\d+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)/u;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

// "ne le" (a negation) is not "né le". (?<!\p{L}) rather than \b, which takes accented letters for word
// breaks ("l'aîné le" is no birth date).
const BIRTH_WORDS =
  /(?<!\p{L})(?:(?:née?s?|nee|né\(e\))\s+(?:le|en)|born\s+(?:on|in)|date\s+(?:de\s+naissance|of\s+birth)|d\.?o\.?b|ddn)(?!\p{L})/iu;

// dd/mm/yyyy (also with . or -): a full date counts as a birth date only when the year is one a minor or a
// young adult was born in; a follow-up date ("rdv le 12/03/2026") is not personal data.
const FULL_DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/gu;

const TITLE_AND_NAME =
  /(?<![\p{L}])(?:M\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Monsieur|Madame|Mademoiselle)\s+\p{Lu}[\p{L}'’-]*/u;

// Capitalised words that are not first names: places and institutions often written with capitals.
const NOT_NAMES = new Set(
  (
    'rue avenue boulevard bd place allée allee impasse chemin quai cours square parc jardin gare station ' +
    'cité cite quartier résidence residence tour bâtiment batiment stade gymnase centre center collège ' +
    'college lycée lycee école ecole mairie mission locale maison espace point accueil jeunes jeunesse ' +
    'france travail police nationale municipale gendarmerie protection judiciaire aide sociale sociaux ' +
    'conseil départemental departemental régional regional saint sainte porte pont marché marche ' +
    'le la les de du des un une au aux en et ou street road school city hall park'
  ).split(' '),
);

const CAPITALISED = /^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u;
const UPPER_SURNAME = /^\p{Lu}{2,}$/u;
const SENTENCE_END = /[.!?…:;\n]\s*$/u;

function looksLikeFullName(text: string): boolean {
  const words = [...text.matchAll(/[\p{L}'’-]+/gu)];
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i];
    const second = words[i + 1];
    if (!first || !second) continue;
    const [a] = first;
    const [b] = second;
    const start = first.index;
    const end = start + a.length;
    // Only a space between the two words (no comma, no full stop).
    if (!/^\s+$/u.test(text.slice(end, second.index))) continue;
    if (!CAPITALISED.test(a) || !(CAPITALISED.test(b) || UPPER_SURNAME.test(b))) continue;
    // A sentence's first word is capitalised anyway ("Vu Karim" is not a full name).
    const before = text.slice(0, start);
    if (before.trim() === '' || SENTENCE_END.test(before) || /(?:^|\n)\s*[-*•]\s*$/u.test(before)) continue;
    // "Place Jean Exemple", "rue Victor Exemple": a street named after someone is not a person.
    const previous = words[i - 1]?.[0].toLowerCase();
    if (previous && NOT_NAMES.has(previous)) continue;
    if (NOT_NAMES.has(a.toLowerCase()) || NOT_NAMES.has(b.toLowerCase())) continue;
    return true;
  }
  return false;
}

function hasBirthDate(text: string, now: Date): boolean {
  if (BIRTH_WORDS.test(text)) return true;
  const year = now.getFullYear();
  for (const [, day = '', month = '', fullYear = ''] of text.matchAll(FULL_DATE)) {
    const d = Number(day);
    const m = Number(month);
    const y = Number(fullYear);
    if (d >= 1 && d <= 31 && m >= 1 && m <= 12 && y >= 1900 && y <= year - 5) return true;
  }
  return false;
}

/** The kinds of personal data the text seems to hold, in a fixed order (empty: nothing seen). */
export function detectPersonalData(text: string, now = new Date()): PersonalDataKind[] {
  if (!text.trim()) return [];
  const found = new Set<PersonalDataKind>();
  if (PHONE.test(text)) found.add('phone');
  if (EMAIL.test(text)) found.add('email');
  if (hasBirthDate(text, now)) found.add('birthDate');
  if (TITLE_AND_NAME.test(text) || looksLikeFullName(text)) found.add('name');
  return PERSONAL_DATA_KINDS.filter((kind) => found.has(kind));
}
