/**
 * The eligibility finder's one rule engine: a situation and the content pack's structured eligibility in,
 * matches, near misses and family/environment measures out. Every answer comes from the data (ageMin/ageMax,
 * requires, requiresAnyOf, ageExtensions, priorityFor, Table 1): there is no per-scheme code path.
 *
 * A scheme's rule is a list of conditions, each met, unmet or unknown:
 *   - the age: ageMin ≤ age ≤ ageMax, or up to an extension's ageMax when its fact holds (inclusive bounds); a
 *     bound no source gives (`ageIndicative`) is never an exclusion: outside it, the age is to check;
 *   - the region of a regional scheme (EDI, PRIJ: Île-de-France): met in the region or when the team's local
 *     directory lists the scheme, unmet in another region, to check when the region is not answered;
 *   - each `requires` fact;
 *   - the `requiresAnyOf` group, as one condition (met when one fact holds, unmet when all are false).
 * An unanswered question leaves its conditions unknown, and unknown never excludes:
 *   - match: every condition met;
 *   - to check: none unmet, some unknown — listed with the matches, with what to check;
 *   - near miss: exactly one condition unmet (unknown ones do not count); when the age is outside the range
 *     (unmet, or indicative and to check), only if it is at most NEAR_MISS_AGE_GAP years outside the range
 *     reachable with the facts not known to be false (eligible within a year, or aged out within the last
 *     year): a 6-11 programme is no "near miss" at 17;
 *   - otherwise excluded.
 * Family and environment measures follow Table 1: a scheme that answers a family or environment factor is a
 * measure for the people around the young person, shown with its response rather than among the matches.
 * A response is shown when one of its schemes fits (match or to check) and the situation states a fact its
 * rule names (required, one of, extension or priority): a family asking for help → parent support; a first
 * offence → RAO; a priority neighbourhood → Quartiers d'été.
 * A condition the answers rule out may name what applies instead (`otherwise`, from the guide: RAO is not for a
 * misdemeanour); such schemes are listed apart with that text, whatever their status.
 */
import type { ConditionKey, Eligibility, EligibilityFact, Region, TableFactor } from '../../content/schema';
import { situationFacts, type Facts } from './situation-facts';
import type { Situation } from './situation';

export const NEAR_MISS_AGE_GAP = 1;

type AgeExtension = Eligibility['ageExtensions'][number];

/** Why a condition is met. */
export type MetReason =
  | { kind: 'age-in-range'; min: number; max: number; age: number }
  | { kind: 'age-extended'; fact: EligibilityFact; ageMax: number; age: number }
  | { kind: 'fact'; fact: EligibilityFact }
  | { kind: 'region'; region: Region }
  | { kind: 'listed-locally'; region: Region };

/** Why a condition is not met. `ruledOut`: extensions that would cover the age, whose fact is false. */
export type MissReason =
  | { kind: 'age-below'; min: number; age: number }
  | { kind: 'age-above'; max: number; age: number; extensions: AgeExtension[]; ruledOut: EligibilityFact[] }
  | { kind: 'fact-missing'; fact: EligibilityFact }
  | { kind: 'none-of'; facts: EligibilityFact[] }
  | { kind: 'region-outside'; region: Region; where: Region };

/** What to check before referring: a condition the answers leave open. */
export type CheckReason =
  | { kind: 'age-unknown'; min: number; max: number; extensions: AgeExtension[] }
  | { kind: 'extension-unknown'; fact: EligibilityFact; ageMax: number; age: number }
  | { kind: 'fact-unknown'; fact: EligibilityFact }
  | { kind: 'any-of-unknown'; facts: EligibilityFact[] }
  | { kind: 'age-indicative'; min: number; max: number; age: number }
  | { kind: 'region-unknown'; region: Region };

export type Status = 'match' | 'to-check' | 'near-miss' | 'excluded';

export interface SchemeEvaluation {
  status: Status;
  met: MetReason[];
  missed: MissReason[];
  toCheck: CheckReason[];
  /** `priorityFor` facts that hold: why the scheme is particularly relevant (ranking, never filtering). */
  priorities: EligibilityFact[];
  /** Unmet conditions whose rule says what applies instead (`eligibility.otherwise`). */
  instead: ConditionKey[];
}

/** Where the young person lives, and the schemes the team's local directory lists (they exist locally). */
export interface Place {
  region?: Region;
  listed?: boolean;
}

type Outcome = { key: ConditionKey; ageGap?: number } & (
  | { state: 'met'; reason: MetReason }
  | { state: 'unmet'; reason: MissReason }
  | { state: 'unknown'; reason: CheckReason }
);
type Result = Outcome extends infer O ? (O extends Outcome ? Omit<O, 'key'> : never) : never;

/** The age against firm bounds; then a bound no source gives turns "unmet" into "to check". */
function evaluateAge(eligibility: Eligibility, age: number | undefined, facts: Facts): Result {
  const result = evaluateFirmAge(eligibility, age, facts);
  const indicative = eligibility.ageIndicative;
  if (result.state !== 'unmet' || age === undefined || !indicative) return result;
  const soft =
    (result.reason.kind === 'age-below' && indicative !== 'max') ||
    (result.reason.kind === 'age-above' && indicative !== 'min');
  if (!soft) return result;
  const { ageMin: min, ageMax: max } = eligibility;
  return { state: 'unknown', reason: { kind: 'age-indicative', min, max, age }, ageGap: result.ageGap };
}

function evaluateFirmAge(eligibility: Eligibility, age: number | undefined, facts: Facts): Result {
  const { ageMin: min, ageMax: max } = eligibility;
  const extensions = [...eligibility.ageExtensions].sort((a, b) => a.ageMax - b.ageMax);
  if (age === undefined) return { state: 'unknown', reason: { kind: 'age-unknown', min, max, extensions } };
  if (age < min) return { state: 'unmet', reason: { kind: 'age-below', min, age }, ageGap: min - age };
  if (age <= max) return { state: 'met', reason: { kind: 'age-in-range', min, max, age } };
  const covering = extensions.filter((extension) => age <= extension.ageMax);
  const holding = covering.find((extension) => facts.get(extension.fact) === true);
  if (holding)
    return { state: 'met', reason: { kind: 'age-extended', fact: holding.fact, ageMax: holding.ageMax, age } };
  const open = covering.find((extension) => !facts.has(extension.fact));
  if (open)
    return { state: 'unknown', reason: { kind: 'extension-unknown', fact: open.fact, ageMax: open.ageMax, age } };
  const reachable = Math.max(max, ...extensions.filter((e) => facts.get(e.fact) !== false).map((e) => e.ageMax));
  const ruledOut = covering.map((extension) => extension.fact);
  return { state: 'unmet', reason: { kind: 'age-above', max, age, extensions, ruledOut }, ageGap: age - reachable };
}

function evaluateFact(fact: EligibilityFact, facts: Facts): Outcome {
  const value = facts.get(fact);
  if (value === undefined) return { key: fact, state: 'unknown', reason: { kind: 'fact-unknown', fact } };
  return value
    ? { key: fact, state: 'met', reason: { kind: 'fact', fact } }
    : { key: fact, state: 'unmet', reason: { kind: 'fact-missing', fact } };
}

function evaluateAnyOf(anyOf: EligibilityFact[], facts: Facts): Outcome[] {
  if (anyOf.length === 0) return [];
  const key = 'any-of';
  const holding = anyOf.filter((fact) => facts.get(fact) === true);
  // Every fact that holds is a reason (CEJ for a drop-out: dropped out, and not in education or training).
  if (holding.length > 0) return holding.map((fact) => ({ key, state: 'met', reason: { kind: 'fact', fact } }));
  if (anyOf.every((fact) => facts.get(fact) === false)) {
    return [{ key, state: 'unmet', reason: { kind: 'none-of', facts: [...anyOf] } }];
  }
  const open = anyOf.filter((fact) => !facts.has(fact));
  return [{ key, state: 'unknown', reason: { kind: 'any-of-unknown', facts: open } }];
}

/** A regional scheme: the directory listing it settles it; otherwise the region answered, or to check. */
function evaluateRegion(region: Region | undefined, place: Place): Outcome[] {
  if (!region) return [];
  const key = 'region';
  if (place.listed) return [{ key, state: 'met', reason: { kind: 'listed-locally', region } }];
  if (place.region === undefined) return [{ key, state: 'unknown', reason: { kind: 'region-unknown', region } }];
  return place.region === region
    ? [{ key, state: 'met', reason: { kind: 'region', region } }]
    : [{ key, state: 'unmet', reason: { kind: 'region-outside', region, where: place.region } }];
}

/** One scheme's rule against the facts (see the module comment for the statuses). */
export function evaluateScheme(
  eligibility: Eligibility,
  age: number | undefined,
  facts: Facts,
  place: Place = {},
): SchemeEvaluation {
  const outcomes: Outcome[] = [
    { key: 'age', ...evaluateAge(eligibility, age, facts) },
    ...evaluateRegion(eligibility.region, place),
    ...eligibility.requires.map((fact) => evaluateFact(fact, facts)),
    ...evaluateAnyOf(eligibility.requiresAnyOf, facts),
  ];
  const met: MetReason[] = [];
  const missed: MissReason[] = [];
  const toCheck: CheckReason[] = [];
  const instead: ConditionKey[] = [];
  let ageGap = 0;
  for (const outcome of outcomes) {
    ageGap = Math.max(ageGap, outcome.ageGap ?? 0);
    if (outcome.state === 'met') met.push(outcome.reason);
    else if (outcome.state === 'unknown') toCheck.push(outcome.reason);
    else {
      missed.push(outcome.reason);
      if (eligibility.otherwise?.[outcome.key] && !instead.includes(outcome.key)) instead.push(outcome.key);
    }
  }
  const priorities = eligibility.priorityFor.filter((fact) => facts.get(fact) === true);
  const status: Status =
    missed.length === 0
      ? toCheck.length === 0
        ? 'match'
        : 'to-check'
      : missed.length === 1 && ageGap <= NEAR_MISS_AGE_GAP
        ? 'near-miss'
        : 'excluded';
  return { status, met, missed, toCheck, priorities, instead };
}

export interface FinderScheme {
  id: string;
  eligibility: Eligibility;
}

export type FinderFactor = Pick<TableFactor, 'id' | 'scope' | 'factor' | 'responses'>;
type Response = TableFactor['responses'][number];

export interface SchemeResult<S extends FinderScheme = FinderScheme> extends SchemeEvaluation {
  scheme: S;
}

export interface MeasureResult<S extends FinderScheme = FinderScheme> {
  factor: FinderFactor;
  response: Response;
  /** The response's schemes that fit the situation, in the response's order. */
  schemes: SchemeResult<S>[];
}

export interface FinderResult<S extends FinderScheme = FinderScheme> {
  /**
   * Full matches, then the ones to check; each group by how many answers support it (met conditions and priority
   * facts), then in the given order.
   */
  matches: SchemeResult<S>[];
  /** By how many answers support them, then in the given order. */
  nearMisses: SchemeResult<S>[];
  measures: MeasureResult<S>[];
  /**
   * Schemes the answers rule out on a condition that says what applies instead (RAO for a misdemeanour), other
   * than the near misses (which show it themselves).
   */
  instead: SchemeResult<S>[];
}

/** The facts a scheme's rule names: a situation stating one of them pairs the scheme's Table 1 response. */
function ruleFacts(eligibility: Eligibility): EligibilityFact[] {
  return [
    ...eligibility.requires,
    ...eligibility.requiresAnyOf,
    ...eligibility.ageExtensions.map((extension) => extension.fact),
    ...eligibility.priorityFor,
  ];
}

const fits = (result: SchemeEvaluation) => result.status === 'match' || result.status === 'to-check';

/** The facts a met condition rests on (a fact, or the fact that extends the age range). */
function metFacts(met: readonly MetReason[]): EligibilityFact[] {
  return met.flatMap((reason) => (reason.kind === 'fact' || reason.kind === 'age-extended' ? [reason.fact] : []));
}

/**
 * The priority facts that hold and are not already a met condition: with the met conditions, every answer that
 * speaks for the scheme (the "why" names them all: age, dropped out, QPV…).
 */
export function extraPriorities(result: Pick<SchemeEvaluation, 'met' | 'priorities'>): EligibilityFact[] {
  const met = new Set(metFacts(result.met));
  return result.priorities.filter((fact) => !met.has(fact));
}

/** How many answers support a result: its met conditions and the priority facts that hold. */
export function supportCount(result: Pick<SchemeEvaluation, 'met' | 'priorities'>): number {
  return result.met.length + extraPriorities(result).length;
}

/**
 * Full matches before the ones to check; within each, the result most answers support first, then the one
 * whose rule names more of them as a priority (it is meant for this situation), then the given order.
 */
function byFit<R extends SchemeEvaluation>(results: R[]): R[] {
  const rank = (result: R) =>
    (result.status === 'match' ? 0 : 10_000) - supportCount(result) * 100 - result.priorities.length;
  return [...results].sort((a, b) => rank(a) - rank(b));
}

/**
 * Schemes in the order given (e.g. A–Z), factors in Table 1's order. `listed`: the ids of the schemes the
 * team's local directory lists, which settles where a regional scheme exists.
 */
export function evaluateEligibility<S extends FinderScheme>(
  situation: Situation,
  schemes: readonly S[],
  factors: readonly FinderFactor[],
  listed: ReadonlySet<string> = new Set(),
): FinderResult<S> {
  const facts = situationFacts(situation);
  const evaluate = (scheme: S) =>
    evaluateScheme(scheme.eligibility, situation.age, facts, {
      region: situation.region,
      listed: listed.has(scheme.id),
    });
  const results = new Map(schemes.map((scheme) => [scheme.id, { scheme, ...evaluate(scheme) }]));
  const surroundings = factors.filter((factor) => factor.scope !== 'minor');
  const measureIds = new Set(surroundings.flatMap((f) => f.responses.flatMap((response) => response.schemes)));

  const forYoungPerson = [...results.values()].filter((result) => !measureIds.has(result.scheme.id));
  const matches = byFit(forYoungPerson.filter(fits));
  const nearMisses = byFit(forYoungPerson.filter((result) => result.status === 'near-miss'));

  const paired = (result: SchemeResult<S> | undefined): result is SchemeResult<S> =>
    result !== undefined &&
    fits(result) &&
    ruleFacts(result.scheme.eligibility).some((fact) => facts.get(fact) === true);
  const measures = surroundings.flatMap((factor) =>
    factor.responses.flatMap((response) => {
      const fitting = response.schemes.map((id) => results.get(id)).filter(paired);
      return fitting.length > 0 ? [{ factor, response, schemes: fitting }] : [];
    }),
  );
  // A near miss shows its own "instead"; the others (family measures, schemes out by more than one condition)
  // are listed apart.
  const shown = new Set(nearMisses.map((result) => result.scheme.id));
  const instead = [...results.values()].filter(
    (result) => !fits(result) && result.instead.length > 0 && !shown.has(result.scheme.id),
  );
  return { matches, nearMisses, measures, instead };
}
