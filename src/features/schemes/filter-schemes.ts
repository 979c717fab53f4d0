/** Pure helpers of the scheme directory: reading the URL's filters and keeping the schemes that fit them. */
import type { Eligibility, SchemeCategory } from '../../content/schema';
import type { SchemeRow } from '../../data/content';
import { foldText } from '../../shared/text/fold-text';
import { inlineToPlainText } from '../../shared/text/inline-markup';

export type AgeExtension = Eligibility['ageExtensions'][number];

export type FilterableScheme = Pick<
  SchemeRow,
  'acronym' | 'nameFr' | 'nameEn' | 'summary' | 'category' | 'eligibility'
>;

export interface SchemeFilters {
  category?: SchemeCategory;
  age?: number;
  query?: string;
}

/**
 * The categories in display order. Kept here rather than imported from src/content/schema.ts, whose runtime
 * values would pull zod into the page's chunk; filter-schemes.test.ts checks the two lists are the same.
 */
export const SCHEME_CATEGORIES: readonly SchemeCategory[] = [
  'integration',
  'employment',
  'school',
  'life-skills',
  'leisure',
  'justice',
  'family',
  'reporting',
];

export const MIN_AGE = 0;
export const MAX_AGE = 99;

/** The category from the URL, or undefined for "all" (an unknown value is ignored rather than matching nothing). */
export function parseCategory(value: string): SchemeCategory | undefined {
  return (SCHEME_CATEGORIES as readonly string[]).includes(value) ? (value as SchemeCategory) : undefined;
}

/** The age typed: undefined when empty, 'invalid' when not a whole number from 0 to 99. */
export function parseAge(value: string): number | undefined | 'invalid' {
  const text = value.trim();
  if (!text) return undefined;
  if (!/^\d{1,2}$/.test(text)) return 'invalid';
  const age = Number(text);
  return age >= MIN_AGE && age <= MAX_AGE ? age : 'invalid';
}

export interface AgeFit {
  fits: boolean;
  /** When the age is above the base range: the extensions that still let it fit (the match depends on them). */
  extensions: AgeExtension[];
}

/**
 * Whether a young person of this age fits: ageMin ≤ age ≤ max(ageMax, extensions' ageMax), bounds inclusive. A
 * bound no source gives (`ageIndicative`) never filters a scheme out.
 */
export function ageFit(eligibility: Eligibility, age: number): AgeFit {
  const soft = eligibility.ageIndicative;
  if (age < eligibility.ageMin) return { fits: soft === 'min' || soft === 'both', extensions: [] };
  if (age <= eligibility.ageMax || soft === 'max' || soft === 'both') return { fits: true, extensions: [] };
  const extensions = eligibility.ageExtensions.filter((extension) => age <= extension.ageMax);
  return { fits: extensions.length > 0, extensions };
}

export function schemeHaystack(scheme: FilterableScheme): string {
  return [scheme.acronym ?? '', scheme.nameFr, scheme.nameEn, scheme.summary]
    .map((text) => foldText(inlineToPlainText(text)))
    .join(' | ');
}

export interface SchemeMatch<T> {
  scheme: T;
  /** Non-empty when the scheme fits the age only through an extension (shown as a note). */
  extensions: AgeExtension[];
}

/** The schemes that fit every filter set, in the given order. Each word of the query must occur (folded). */
export function filterSchemes<T extends FilterableScheme>(
  schemes: readonly T[],
  filters: SchemeFilters,
): SchemeMatch<T>[] {
  const words = foldText(filters.query ?? '')
    .split(' ')
    .filter(Boolean);
  const matches: SchemeMatch<T>[] = [];
  for (const scheme of schemes) {
    if (filters.category && scheme.category !== filters.category) continue;
    let extensions: AgeExtension[] = [];
    if (filters.age !== undefined) {
      const fit = ageFit(scheme.eligibility, filters.age);
      if (!fit.fits) continue;
      extensions = fit.extensions;
    }
    if (words.length > 0) {
      const haystack = schemeHaystack(scheme);
      if (!words.every((word) => haystack.includes(word))) continue;
    }
    matches.push({ scheme, extensions });
  }
  return matches;
}
