/**
 * [S100] The few facts of a contact that statistics count, derived once when the contact is written (SQLite's
 * `contact_facts` tables, migration 7), so that GET /api/v1/stats aggregates small indexed rows instead of
 * parsing every body again on each request. Pure. Nothing free-text is kept: no note, no place, and the contact
 * id only as the key that lets a rewrite replace the facts.
 */
import {
  CLOSED_REFERRAL_OUTCOMES,
  type ContactBody,
  type ContactKind,
  type ReferralOutcome,
} from '../../src/shared/protocol/protocol';

const DAY_MS = 86_400_000;

export type FactDim = 'age' | 'signal' | 'topic' | 'scheme' | 'referral';

export interface ContactFacts {
  /** The local date of `occurredAt` (its first ten characters). */
  day: string;
  kind: ContactKind | null;
  /** `people`, 1 when absent. */
  people: number;
  followUp: string | null;
  /** Age bands, signals, topics, suggested schemes, and the distinct schemes referred to (the scheme filter). */
  items: Array<{ dim: FactDim; value: string }>;
  referrals: Array<{
    scheme: string;
    outcome: ReferralOutcome;
    startedDay: string;
    /** [S105] Whole days from start to last update for a closed referral; null while open. */
    closedDays: number | null;
    followUp: string | null;
  }>;
}

/** [S105] Whole days from `startedAt` to `updatedAt`, rounded down, never below 0. */
export function elapsedDays(startedAt: string, updatedAt: string): number {
  return Math.max(0, Math.floor((Date.parse(updatedAt) - Date.parse(startedAt)) / DAY_MS));
}

export function contactFacts(body: ContactBody): ContactFacts {
  const referrals = body.referrals ?? [];
  return {
    day: body.occurredAt.slice(0, 10),
    kind: body.kind ?? null,
    people: body.people ?? 1,
    followUp: body.followUpDate ?? null,
    items: [
      ...body.ageBands.map((value) => ({ dim: 'age' as const, value })),
      ...body.signals.map((value) => ({ dim: 'signal' as const, value })),
      ...body.topics.map((value) => ({ dim: 'topic' as const, value })),
      ...body.schemes.map((value) => ({ dim: 'scheme' as const, value })),
      ...[...new Set(referrals.map((referral) => referral.schemeId))].map((value) => ({
        dim: 'referral' as const,
        value,
      })),
    ],
    referrals: referrals.map((referral) => ({
      scheme: referral.schemeId,
      outcome: referral.outcome,
      startedDay: referral.startedAt.slice(0, 10),
      closedDays: CLOSED_REFERRAL_OUTCOMES.includes(referral.outcome)
        ? elapsedDays(referral.startedAt, referral.updatedAt)
        : null,
      followUp: referral.followUpDate ?? null,
    })),
  };
}
