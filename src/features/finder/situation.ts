/**
 * The young person's situation as the finder's form asks it. Every answer is optional: `undefined` means "not
 * answered" (don't know), which the evaluation never reads as "no". The form keeps its answers in the URL
 * (`?age=17&school=dropped-out…`): no name, nothing stored on the device.
 */
import { regions } from '../../content/regions';
import type { Region } from '../../content/schema';

export const SCHOOLING = ['in-school', 'dropped-out', 'in-training', 'employed', 'neither'] as const;
/**
 * Qualification levels: none: no diploma, or the brevet only (the brevet is no qualification); vocational: a CAP
 * or a BEP at most (EPIDE's "niveau maximum CAP ou BEP"); higher: the baccalauréat (any) or higher. Leaving the
 * lycée before the bac leaves the level at the diploma held before: none or vocational.
 */
export const DIPLOMA = ['none', 'vocational', 'higher'] as const;
export const YES_NO = ['yes', 'no'] as const;
/** Any box but "none" says the young person is in a vulnerable situation; "none" says they are not. */
export const VULNERABILITIES = ['homeless', 'substance-use', 'unaccompanied-minor'] as const;
export const NO_VULNERABILITY = 'none';
/**
 * The nature of the facts at issue (2.7): the mayor's formal warning is for behaviour "excluding crimes or
 * misdemeanours" — incivilities and minor breaches; selling drugs is a misdemeanour.
 */
export const FACTS_NATURE = ['incivility', 'misdemeanour'] as const;
/** Where the young person lives, by region: some schemes exist only in one region (the content's own list). */
export const REGIONS = regions;
/** From "nothing known" to "known to the justice system": the guide's own gradation (2.5). */
export const INVOLVEMENT = ['none-known', 'at-risk', 'occasional', 'known-to-justice'] as const;

export type Schooling = (typeof SCHOOLING)[number];
export type Diploma = (typeof DIPLOMA)[number];
export type YesNo = (typeof YES_NO)[number];
export type Vulnerability = (typeof VULNERABILITIES)[number];
export type Involvement = (typeof INVOLVEMENT)[number];
export type FactsNature = (typeof FACTS_NATURE)[number];

export interface Situation {
  age?: number;
  schooling?: Schooling;
  diploma?: Diploma;
  disability?: YesNo;
  qpv?: YesNo;
  /** Empty or undefined: not answered; ['none']: none of these. */
  vulnerabilities?: (Vulnerability | typeof NO_VULNERABILITY)[];
  involvement?: Involvement;
  factsNature?: FactsNature;
  firstOffence?: YesNo;
  familyRequest?: YesNo;
  region?: Region;
}

/** The URL parameter of each answer. Short, stable names: a saved link keeps working. */
export const PARAMS = {
  age: 'age',
  schooling: 'school',
  diploma: 'diploma',
  disability: 'disability',
  qpv: 'qpv',
  vulnerabilities: 'vulnerable',
  involvement: 'involvement',
  factsNature: 'facts',
  firstOffence: 'offence',
  familyRequest: 'family',
  region: 'where',
} as const satisfies Record<keyof Situation, string>;

export const MIN_AGE = 0;
export const MAX_AGE = 99;

/** The age typed: undefined when empty, 'invalid' when not a whole number from 0 to 99. */
export function parseAge(value: string): number | undefined | 'invalid' {
  const text = value.trim();
  if (!text) return undefined;
  if (!/^\d{1,2}$/.test(text)) return 'invalid';
  return Number(text);
}

/** An answer from the URL, or undefined for an empty or unknown value (an old or mistyped link). */
export function parseChoice<T extends string>(options: readonly T[], value: string): T | undefined {
  return (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** "homeless,substance-use" → the known values in the form's order; "none" wins over nothing else. */
export function parseVulnerabilities(value: string): Situation['vulnerabilities'] {
  const values = new Set(value.split(','));
  if (values.has(NO_VULNERABILITY)) return [NO_VULNERABILITY];
  const known = VULNERABILITIES.filter((option) => values.has(option));
  return known.length > 0 ? known : undefined;
}

/** The situation in the URL's raw values (one string per parameter, '' when absent). */
export type SituationParams = Record<keyof Situation, string>;

export function parseSituation(params: SituationParams): Situation {
  const age = parseAge(params.age);
  return {
    age: typeof age === 'number' ? age : undefined,
    schooling: parseChoice(SCHOOLING, params.schooling),
    diploma: parseChoice(DIPLOMA, params.diploma),
    disability: parseChoice(YES_NO, params.disability),
    qpv: parseChoice(YES_NO, params.qpv),
    vulnerabilities: parseVulnerabilities(params.vulnerabilities),
    involvement: parseChoice(INVOLVEMENT, params.involvement),
    factsNature: parseChoice(FACTS_NATURE, params.factsNature),
    firstOffence: parseChoice(YES_NO, params.firstOffence),
    familyRequest: parseChoice(YES_NO, params.familyRequest),
    region: parseChoice(REGIONS, params.region),
  };
}

/** Whether any question is answered: with none, the finder shows a prompt rather than every scheme "to check". */
export function isAnswered(situation: Situation): boolean {
  return Object.values(situation).some((value) => value !== undefined);
}
