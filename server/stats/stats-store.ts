import type { ContactKind, ReferralOutcome } from '../../src/shared/protocol/protocol';

/**
 * [S100] What the statistics of a team are computed from: its live (non-deleted) current contacts, filtered as
 * below. Dates are calendar dates `YYYY-MM-DD`; a contact's date is the local date its device recorded, i.e. the
 * first ten characters of `occurredAt`, and a referral's the first ten of its `startedAt`.
 */
export interface RawStatsQuery {
  /** First and last day, inclusive, already snapped to whole buckets ([S101]). */
  from: string;
  to: string;
  /** [S100] Only contacts of this kind (a contact without a kind never matches). */
  kind?: ContactKind | undefined;
  /**
   * [S100] Only contacts where this scheme was suggested or referred to; their referrals count only when they are
   * to this scheme.
   */
  scheme?: string | undefined;
  /** [S106] Follow-ups dated before `today` are overdue, from `today` to `dueUntil` (inclusive) due. */
  today: string;
  dueUntil: string;
  /** False: only `days` and `referrals` are needed (the previous period's totals); the rest may come back empty. */
  detail: boolean;
}

export interface RawCount {
  id: string;
  contacts: number;
}

/** Exact counts, straight from the database: never sent to a client as they are (server/stats/publish-stats.ts). */
export interface RawStats {
  /** Matching contacts per day and kind (null: no kind), with their people (a contact without `people` is 1). */
  days: Array<{ date: string; kind: ContactKind | null; contacts: number; people: number }>;
  /** Matching contacts where each age band, signal, topic or suggested scheme was recorded (only ids seen). */
  ageBands: RawCount[];
  signals: RawCount[];
  topics: RawCount[];
  schemes: RawCount[];
  /** [S105] Matching referrals started in the period, by scheme and current outcome. */
  referrals: Array<{ scheme: string; outcome: ReferralOutcome; referrals: number }>;
  /**
   * [S105] Of those, the closed ones (accepted, refused, not pursued) by whole days from `startedAt` to their
   * `updatedAt` (elapsed time, rounded down, never below 0).
   */
  closedDays: Array<{ days: number; referrals: number }>;
  /** [S106] Whatever the period: matching contacts' follow-ups and matching open referrals' follow-ups. */
  followUps: { due: number; overdue: number };
  /** [S107] Matching contacts by the label of the token that wrote their current revision (none: not counted). */
  workers: Array<{ label: string; contacts: number }>;
}

/**
 * The aggregation behind GET /api/v1/stats, one implementation per store (memory, SQLite, PostgreSQL), all held
 * to the same counts by tests/server/store-contract/stats.ts. It counts, nothing else: suppression and rounding
 * happen after, in one place, whatever the store.
 */
export interface StatsStore {
  aggregate(teamId: number, query: RawStatsQuery): Promise<RawStats>;
}

export function emptyRawStats(): RawStats {
  return {
    days: [],
    ageBands: [],
    signals: [],
    topics: [],
    schemes: [],
    referrals: [],
    closedDays: [],
    followUps: { due: 0, overdue: 0 },
    workers: [],
  };
}

/** Closed referral outcomes, [S84]: the ones whose time to outcome counts. */
export const CLOSED_OUTCOMES_SQL = "('accepted', 'refused', 'not-pursued')";
/** Open ones: their follow-ups count ([S106]). */
export const OPEN_OUTCOMES_SQL = "('in-progress', 'waiting')";
