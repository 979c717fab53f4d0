/**
 * Table tests of the eligibility finder: a situation and what the guide says should come out of it, checked
 * against the REAL compiled content pack. Builders keep each case to the reasons a reader can check against
 * the guide ("EPIDE: from 17 — age 16" is `{ epide: below(17, 16) }`).
 */
import { expect } from 'vitest';
import type { EligibilityFact, Region } from '../../src/content/schema';
import {
  evaluateEligibility,
  evaluateScheme,
  type Status,
  type CheckReason,
  type FinderResult,
  type MetReason,
  type MissReason,
} from '../../src/features/finder/evaluate-eligibility';
import type { Situation } from '../../src/features/finder/situation';
import { situationFacts } from '../../src/features/finder/situation-facts';
import { testContentPack } from './test-content';

type Fact = EligibilityFact;
type Extension = { fact: Fact; ageMax: number };

export const inRange = (min: number, max: number, age: number): MetReason => ({ kind: 'age-in-range', min, max, age });
export const extended = (fact: Fact, ageMax: number, age: number): MetReason => ({
  kind: 'age-extended',
  fact,
  ageMax,
  age,
});
export const fact = (f: Fact): MetReason => ({ kind: 'fact', fact: f });
export const below = (min: number, age: number): MissReason => ({ kind: 'age-below', min, age });
export const above = (max: number, age: number, extensions: Extension[] = [], ruledOut: Fact[] = []): MissReason => ({
  kind: 'age-above',
  max,
  age,
  extensions,
  ruledOut,
});
export const missing = (f: Fact): MissReason => ({ kind: 'fact-missing', fact: f });
export const noneOf = (...facts: Fact[]): MissReason => ({ kind: 'none-of', facts });
export const ageUnknown = (min: number, max: number, extensions: Extension[] = []): CheckReason => ({
  kind: 'age-unknown',
  min,
  max,
  extensions,
});
export const extensionUnknown = (f: Fact, ageMax: number, age: number): CheckReason => ({
  kind: 'extension-unknown',
  fact: f,
  ageMax,
  age,
});
export const unknownFact = (f: Fact): CheckReason => ({ kind: 'fact-unknown', fact: f });
export const anyOfUnknown = (...facts: Fact[]): CheckReason => ({ kind: 'any-of-unknown', facts });
export const indicative = (min: number, max: number, age: number): CheckReason => ({
  kind: 'age-indicative',
  min,
  max,
  age,
});
export const inRegion = (region: Region): MetReason => ({ kind: 'region', region });
export const listedLocally = (region: Region): MetReason => ({ kind: 'listed-locally', region });
export const outside = (region: Region, where: Region): MissReason => ({ kind: 'region-outside', region, where });
export const regionUnknown = (region: Region): CheckReason => ({ kind: 'region-unknown', region });
export const IDF: Region = 'ile-de-france';

export const DISABILITY: Extension = { fact: 'recognised-disability', ageMax: 29 };
export const DISABILITY_CIVIC: Extension = { fact: 'recognised-disability', ageMax: 30 };

export interface Expected {
  /** Full matches (every condition met) and their exact reasons. */
  match?: Record<string, MetReason[]>;
  /** Listed with the matches, with what is left to check. */
  toCheck?: Record<string, CheckReason[]>;
  /** The one condition each misses. */
  nearMiss?: Record<string, MissReason>;
  /** Neither a match nor a near miss. */
  absent?: string[];
  /** priorityFor facts that hold. */
  priorities?: Record<string, Fact[]>;
  /** The family/environment measures, exactly: "factor-id: scheme, scheme" per Table 1 response. */
  measures?: string[];
  /** The schemes ruled out with what applies instead, exactly: "scheme: condition, condition". */
  instead?: string[];
}

export type Case = [name: string, situation: Situation, expected: Expected];

const pack = testContentPack();

/** `listed`: the schemes the team's local directory lists. */
export function runFinder(situation: Situation, listed: ReadonlySet<string> = new Set()): FinderResult {
  return evaluateEligibility(situation, pack.schemes, pack.table1.factors, listed);
}

export function checkCase(situation: Situation, expected: Expected, directory?: ReadonlySet<string>): void {
  const result = runFinder(situation, directory);
  const listed = (id: string) => result.matches.find((r) => r.scheme.id === id);
  const near = (id: string) => result.nearMisses.find((r) => r.scheme.id === id);

  for (const [id, reasons] of Object.entries(expected.match ?? {})) {
    expect(listed(id)?.status, `${id} should match`).toBe('match');
    expect(listed(id)?.met, `${id}: reasons`).toEqual(reasons);
  }
  for (const [id, checks] of Object.entries(expected.toCheck ?? {})) {
    expect(listed(id)?.status, `${id} should be to check`).toBe('to-check');
    expect(listed(id)?.toCheck, `${id}: what to check`).toEqual(checks);
  }
  for (const [id, miss] of Object.entries(expected.nearMiss ?? {})) {
    expect(near(id)?.missed, `${id} should be a near miss`).toEqual([miss]);
    expect(listed(id), `${id} is not also a match`).toBeUndefined();
  }
  for (const id of expected.absent ?? []) {
    expect(listed(id), `${id} should not match`).toBeUndefined();
    expect(near(id), `${id} should not be a near miss`).toBeUndefined();
  }
  for (const [id, facts] of Object.entries(expected.priorities ?? {})) {
    expect(listed(id)?.priorities, `${id}: priorities`).toEqual(facts);
  }
  if (expected.measures) {
    const measures = result.measures.map((m) => `${m.factor.id}: ${m.schemes.map((s) => s.scheme.id).join(', ')}`);
    expect(measures).toEqual(expected.measures);
  }
  if (expected.instead) {
    expect(result.instead.map((r) => `${r.scheme.id}: ${r.instead.join(', ')}`)).toEqual(expected.instead);
  }
}

/** A decision-table row: what it varies, the situation, and the status the rule's sources give. */
export type DecisionRow = [what: string, situation: Situation, expected: Status];

/**
 * One scheme's status for a situation, from the REAL pack's rule. `listed`: the team's local directory lists
 * the scheme.
 */
export function statusOf(id: string, situation: Situation, listed = false): Status {
  const scheme = pack.schemes.find((s) => s.id === id);
  if (!scheme) throw new Error(`no scheme ${id}`);
  const place = { region: situation.region, listed };
  return evaluateScheme(scheme.eligibility, situation.age, situationFacts(situation), place).status;
}

/** The decision table of one scheme: each row's status, and the rows' names in the failure message. */
export function checkTable(id: string, rows: DecisionRow[], listed = false): void {
  const actual = rows.map(([what, situation]) => `${what}: ${statusOf(id, situation, listed)}`);
  expect(actual).toEqual(rows.map(([what, , expected]) => `${what}: ${expected}`));
}
