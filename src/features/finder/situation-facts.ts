/**
 * From the form's answers to the eligibility facts the schemes' rules are written in (src/content/schema.ts).
 * Each fact is true, false, or absent from the map: unknown. An answer only sets the facts it really settles —
 * "in training" says the young person is not NEET, but "neither" says nothing about having dropped out
 * (they may have left school with a diploma) — so an unanswered or uninformative question never excludes.
 */
import type { EligibilityFact } from '../../content/schema';
import type { Situation } from './situation';

export type Facts = ReadonlyMap<EligibilityFact, boolean>;

/** The training obligation (2.4.2): "any minor aged between 16 and 18" — from the 16th to the 18th birthday. */
export const TRAINING_OBLIGATION = { from: 16, until: 17 } as const;

type FactValues = Partial<Record<EligibilityFact, boolean>>;

// `left-school` is the other side of `in-school`: rules only name facts that must hold (E2C: left school).
const SCHOOLING_FACTS: Record<NonNullable<Situation['schooling']>, FactValues> = {
  'in-school': {
    'in-school': true,
    'left-school': false,
    'school-dropout': false,
    'not-in-education-employment-or-training': false,
  },
  // Dropping out (décrochage) means leaving school with no other activity: NEET by definition.
  'dropped-out': {
    'in-school': false,
    'left-school': true,
    'school-dropout': true,
    'not-in-education-employment-or-training': true,
  },
  'in-training': {
    'in-school': false,
    'left-school': true,
    'school-dropout': false,
    'not-in-education-employment-or-training': false,
  },
  employed: {
    'in-school': false,
    'left-school': true,
    'school-dropout': false,
    'not-in-education-employment-or-training': false,
  },
  neither: { 'in-school': false, 'left-school': true, 'not-in-education-employment-or-training': true },
};

/** no-diploma: at most the brevet; low-qualification: at most a CAP or BEP, no baccalauréat (EPIDE, F1190). */
const DIPLOMA_FACTS: Record<NonNullable<Situation['diploma']>, FactValues> = {
  none: { 'no-diploma': true, 'low-qualification': true },
  vocational: { 'no-diploma': false, 'low-qualification': true },
  higher: { 'no-diploma': false, 'low-qualification': false },
};

/** The guide's gradation (2.5): each level includes the risk of the one before. */
const INVOLVEMENT_FACTS: Record<NonNullable<Situation['involvement']>, FactValues> = {
  'none-known': { 'at-risk-of-trafficking': false, 'involved-in-trafficking': false, 'known-to-justice': false },
  'at-risk': { 'at-risk-of-trafficking': true, 'involved-in-trafficking': false, 'known-to-justice': false },
  occasional: { 'at-risk-of-trafficking': true, 'involved-in-trafficking': true, 'known-to-justice': false },
  'known-to-justice': { 'at-risk-of-trafficking': true, 'involved-in-trafficking': true, 'known-to-justice': true },
};

const yesNo = (answer: 'yes' | 'no' | undefined): boolean | undefined =>
  answer === undefined ? undefined : answer === 'yes';

function vulnerabilityFacts(values: Situation['vulnerabilities']): FactValues {
  if (!values || values.length === 0) return {};
  if (values.includes('none')) return { 'vulnerable-situation': false };
  // Homelessness, substance use or arriving alone are personal and social difficulties in the EDI's sense;
  // "none of these" does not rule other difficulties out, so it leaves social-difficulties unknown.
  return { 'vulnerable-situation': true, 'social-difficulties': true };
}

/** Out of school and not working or training, aged 16 or 17: under the training obligation. */
function trainingObligation(situation: Situation, neet: boolean | undefined): boolean | undefined {
  const { age } = situation;
  if (age !== undefined && (age < TRAINING_OBLIGATION.from || age > TRAINING_OBLIGATION.until)) return false;
  if (neet === false) return false;
  if (age === undefined || neet === undefined) return undefined;
  return true;
}

export function situationFacts(situation: Situation): Facts {
  const values: FactValues = {
    ...(situation.schooling && SCHOOLING_FACTS[situation.schooling]),
    ...(situation.diploma && DIPLOMA_FACTS[situation.diploma]),
    ...(situation.involvement && INVOLVEMENT_FACTS[situation.involvement]),
    ...vulnerabilityFacts(situation.vulnerabilities),
    'recognised-disability': yesNo(situation.disability),
    'lives-in-qpv': yesNo(situation.qpv),
    'first-offence': yesNo(situation.firstOffence),
    'petty-facts': situation.factsNature === undefined ? undefined : situation.factsNature === 'incivility',
    'parent-or-family-request': yesNo(situation.familyRequest),
  };
  values['training-obligation'] = trainingObligation(situation, values['not-in-education-employment-or-training']);
  const facts = new Map<EligibilityFact, boolean>();
  for (const [fact, value] of Object.entries(values) as [EligibilityFact, boolean | undefined][]) {
    if (value !== undefined) facts.set(fact, value);
  }
  return facts;
}
