/**
 * [S102]–[S107] Turns the exact counts of a store (./stats-store.ts) into the published answer of GET
 * /api/v1/stats: every count suppressed or rounded, every bucket and every enumerated id present. Pure: the one
 * place where suppression happens, whatever the store, so the rules cannot differ between databases.
 */
import { AGE_BANDS, CONTACT_KINDS, REFERRAL_OUTCOMES, SIGNALS } from '../../src/shared/protocol/protocol';
import {
  STATS_ROUNDING_BASE,
  type StatsCount,
  type StatsQuery,
  type StatsResponse,
} from '../../src/shared/protocol/stats';
import { bucketOf, type SnappedPeriod } from './stats-period';
import type { RawCount, RawStats } from './stats-store';

/**
 * [S102][S103] A published count: 0 stays 0; 1 … threshold − 1 becomes null ("fewer than threshold"); from the
 * threshold on, the nearest multiple of {@link STATS_ROUNDING_BASE}, never below the threshold.
 */
export function publishCount(exact: number, threshold: number, base: number = STATS_ROUNDING_BASE): StatsCount {
  if (exact <= 0) return 0;
  if (exact < threshold) return null;
  return Math.max(threshold, Math.round(exact / base) * base);
}

/** Median of a histogram of values (midpoint of the two middle values for an even count); null when empty. */
export function medianOf(histogram: ReadonlyArray<{ value: number; count: number }>): number | null {
  const sorted = [...histogram].filter((entry) => entry.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  const valueAt = (rank: number): number => {
    let seen = 0;
    for (const entry of sorted) {
      seen += entry.count;
      if (rank < seen) return entry.value;
    }
    return sorted.at(-1)?.value ?? 0;
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

export interface PublishContext {
  team: string;
  period: SnappedPeriod;
  filters: Pick<StatsQuery, 'kind' | 'scheme'>;
  /** [S102] At least DEFAULT_MIN_CELL (the configuration refuses less). */
  threshold: number;
  generatedAt: string;
  today: string;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function totalsOf(raw: RawStats, publish: (n: number) => StatsCount): StatsResponse['totals'] {
  return {
    contacts: publish(sum(raw.days.map((day) => day.contacts))),
    people: publish(sum(raw.days.map((day) => day.people))),
    referrals: publish(sum(raw.referrals.map((row) => row.referrals))),
  };
}

/** Every id of `ids` (enumerations: all listed, 0 when unseen), published. */
function enumerated<T extends string>(
  ids: readonly T[],
  counts: readonly RawCount[],
  publish: (n: number) => StatsCount,
) {
  const exact = new Map(counts.map((row) => [row.id, row.contacts]));
  return ids.map((id) => ({ id, contacts: publish(exact.get(id) ?? 0) }));
}

/** Open-ended ids (topics, schemes): those seen at least once, by id. */
function seen(counts: readonly RawCount[], publish: (n: number) => StatsCount) {
  return counts
    .filter((row) => row.contacts > 0)
    .map((row) => ({ id: row.id, contacts: publish(row.contacts) }))
    .sort(byId);
}

const KIND_IDS = [...CONTACT_KINDS, 'unspecified'] as const;

function outcomesOf(rows: RawStats['referrals'], publish: (n: number) => StatsCount) {
  return REFERRAL_OUTCOMES.map((id) => ({
    id,
    referrals: publish(sum(rows.filter((row) => row.outcome === id).map((row) => row.referrals))),
  }));
}

/** [S100]–[S107] The published answer for `raw` (the period) and `previous` (the previous period's counts). */
export function publishStats(raw: RawStats, previous: RawStats, context: PublishContext): StatsResponse {
  const { period, threshold } = context;
  const publish = (n: number) => publishCount(n, threshold);
  const kindsOf = (days: RawStats['days']) =>
    KIND_IDS.map((id) => ({
      id,
      contacts: publish(sum(days.filter((day) => (day.kind ?? 'unspecified') === id).map((day) => day.contacts))),
    }));
  const schemes = [...new Set(raw.referrals.map((row) => row.scheme))].sort();
  const closed = sum(raw.closedDays.map((row) => row.referrals));
  return {
    team: context.team,
    period: { from: period.from, to: period.to, group: period.group },
    previousPeriod: period.previous,
    filters: {
      ...(context.filters.kind === undefined ? {} : { kind: context.filters.kind }),
      ...(context.filters.scheme === undefined ? {} : { scheme: context.filters.scheme }),
    },
    suppression: { threshold, roundingBase: STATS_ROUNDING_BASE },
    generatedAt: context.generatedAt,
    today: context.today,
    totals: totalsOf(raw, publish),
    previousTotals: totalsOf(previous, publish),
    activity: period.buckets.map((start) => {
      const days = raw.days.filter((day) => bucketOf(day.date, period.group) === start);
      return {
        start,
        contacts: publish(sum(days.map((day) => day.contacts))),
        people: publish(sum(days.map((day) => day.people))),
        byKind: kindsOf(days),
      };
    }),
    kinds: kindsOf(raw.days),
    ageBands: enumerated(AGE_BANDS, raw.ageBands, publish),
    signals: enumerated(SIGNALS, raw.signals, publish),
    topics: seen(raw.topics, publish),
    schemesSuggested: seen(raw.schemes, publish),
    referrals: {
      byScheme: schemes.map((id) => {
        const rows = raw.referrals.filter((row) => row.scheme === id);
        return { id, started: publish(sum(rows.map((row) => row.referrals))), outcomes: outcomesOf(rows, publish) };
      }),
      outcomes: outcomesOf(raw.referrals, publish),
      daysToOutcome: {
        closed: publish(closed),
        // [S105] A median of fewer values than the threshold would describe too few referrals.
        median:
          closed >= threshold
            ? medianOf(raw.closedDays.map((row) => ({ value: row.days, count: row.referrals })))
            : null,
      },
    },
    followUps: { due: publish(raw.followUps.due), overdue: publish(raw.followUps.overdue) },
    workers: raw.workers
      .filter((row) => row.contacts > 0)
      .map((row) => ({ label: row.label, contacts: publish(row.contacts) }))
      .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)),
  };
}
