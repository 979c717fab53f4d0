/** Pure helpers that turn a scheme's structured eligibility into the facts its page and card show. */
import type { Eligibility, EligibilityFact } from '../../content/schema';
import { MAX_AGE, MIN_AGE, type AgeExtension } from './filter-schemes';

/** How an age range reads: all ages (0–99), open-ended ("10 and over") or a range ("16–25"). */
export type AgeSpan = { kind: 'all' } | { kind: 'from'; min: number } | { kind: 'range'; min: number; max: number };

export function ageSpan(min: number, max: number): AgeSpan {
  if (max >= MAX_AGE) return min <= MIN_AGE ? { kind: 'all' } : { kind: 'from', min };
  return { kind: 'range', min, max };
}

export interface EligibilityView {
  age: AgeSpan;
  /** Raised upper bounds, lowest first. */
  extensions: AgeExtension[];
  requires: EligibilityFact[];
  requiresAnyOf: EligibilityFact[];
  priorityFor: EligibilityFact[];
}

export function describeEligibility(eligibility: Eligibility): EligibilityView {
  return {
    age: ageSpan(eligibility.ageMin, eligibility.ageMax),
    extensions: [...eligibility.ageExtensions].sort((a, b) => a.ageMax - b.ageMax),
    requires: [...eligibility.requires],
    requiresAnyOf: [...eligibility.requiresAnyOf],
    priorityFor: [...eligibility.priorityFor],
  };
}
