/**
 * Wire format of the coordinator dashboard's statistics, `GET /api/v1/stats` (docs/SPEC.md, "Team statistics",
 * rules [S100]–[S109]). Aggregates only: no note, no place text, no contact id ever appears in an answer.
 *
 * Pure zod + types, shared by the PWA and the server.
 */
import { z } from '../zod';
import { AGE_BANDS, API_BASE, CONTACT_KINDS, REFERRAL_OUTCOMES, SIGNALS } from './protocol';

export const STATS_PATH = `${API_BASE}/stats`;

/** [S102] Counts below this are published as "< threshold" (null); a server may raise it, never lower it. */
export const DEFAULT_MIN_CELL = 5;
/** [S103] Every published count at or above the threshold is rounded to the nearest multiple of this. */
export const STATS_ROUNDING_BASE = 5;
/** [S101] Longest period one answer may cover, in days (after snapping to whole weeks or months). */
export const MAX_STATS_DAYS = 2 * 366;
/** [S106] A follow-up is "due" from today to this many days ahead; before today it is overdue. */
export const FOLLOW_UP_DUE_DAYS = 7;

export const STATS_GROUPS = ['week', 'month'] as const;
export type StatsGroup = (typeof STATS_GROUPS)[number];

const isoDate = z.iso.date();
const kebabId = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a kebab-case id (a-z, 0-9, -)' });

/**
 * [S101] Query of GET /stats. `from` and `to` are calendar dates (inclusive) of the contacts' `occurredAt` as the
 * device recorded it (its local date). The server snaps them outwards to whole `group` buckets (Monday-based ISO
 * weeks or calendar months) and answers with the period it really used.
 */
export const StatsQuerySchema = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    group: z.enum(STATS_GROUPS).optional(),
    kind: z.enum(CONTACT_KINDS).optional(),
    scheme: kebabId.optional(),
  })
  .refine((query) => query.from <= query.to, { error: 'from must not be after to', path: ['to'] });
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

/**
 * [S102][S103] A published count: a whole number that is 0 or at least the threshold (rounded to
 * {@link STATS_ROUNDING_BASE}), or null for "between 1 and threshold − 1" (suppressed).
 */
export const StatsCountSchema = z.int().min(0).nullable();
export type StatsCount = z.infer<typeof StatsCountSchema>;

const period = z.strictObject({ from: isoDate, to: isoDate });

/** One row of a breakdown: an id (age band, signal, Table 1 factor, scheme, outcome…) and its count. */
const countRow = <T extends z.ZodType<string>>(id: T) => z.strictObject({ id, contacts: StatsCountSchema });

const totals = z.strictObject({
  /** Contacts that occurred in the period (live ones: deleted contacts are not counted). */
  contacts: StatsCountSchema,
  /** Sum of the contacts' `people` (a contact without the field counts as 1). */
  people: StatsCountSchema,
  /** Referrals started in the period (by their `startedAt` date). */
  referrals: StatsCountSchema,
});

export const StatsResponseSchema = z.strictObject({
  team: z.string(),
  /** [S101] The period really used, after snapping, and the previous period of the same length. */
  period: period.extend({ group: z.enum(STATS_GROUPS) }),
  previousPeriod: period,
  filters: z.strictObject({ kind: z.enum(CONTACT_KINDS).optional(), scheme: kebabId.optional() }),
  /** [S102][S103] The suppression rule this answer follows, to be stated on every screen and export. */
  suppression: z.strictObject({ threshold: z.int().min(DEFAULT_MIN_CELL), roundingBase: z.int().min(1) }),
  generatedAt: z.iso.datetime({ offset: true }),
  /** [S106] The server's date for "today", which due and overdue follow-ups are counted against. */
  today: isoDate,
  totals,
  previousTotals: totals,
  /** [S104] One row per bucket of the period, oldest first, every bucket present (empty ones with 0). */
  activity: z.array(
    z.strictObject({
      /** First day of the bucket (a Monday, or the 1st of the month). */
      start: isoDate,
      contacts: StatsCountSchema,
      people: StatsCountSchema,
      byKind: z.array(countRow(z.enum([...CONTACT_KINDS, 'unspecified']))),
    }),
  ),
  /** [S104] Contacts by kind over the whole period (every kind listed, plus "unspecified"). */
  kinds: z.array(countRow(z.enum([...CONTACT_KINDS, 'unspecified']))),
  /** [S104] Contacts where each age band, signal, Table 1 factor or suggested scheme was recorded. */
  ageBands: z.array(countRow(z.enum(AGE_BANDS))),
  signals: z.array(countRow(z.enum(SIGNALS))),
  topics: z.array(countRow(kebabId)),
  schemesSuggested: z.array(countRow(kebabId)),
  /** [S105] Referrals started in the period, by scheme, with their current outcome. */
  referrals: z.strictObject({
    byScheme: z.array(
      z.strictObject({
        id: kebabId,
        started: StatsCountSchema,
        outcomes: z.array(z.strictObject({ id: z.enum(REFERRAL_OUTCOMES), referrals: StatsCountSchema })),
      }),
    ),
    outcomes: z.array(z.strictObject({ id: z.enum(REFERRAL_OUTCOMES), referrals: StatsCountSchema })),
    /**
     * [S105] Days from `startedAt` to the last update of referrals closed in the period's referrals (accepted,
     * refused, not pursued); null when fewer than the threshold are closed.
     */
    daysToOutcome: z.strictObject({
      closed: StatsCountSchema,
      median: z.number().min(0).nullable(),
    }),
  }),
  /** [S106] Open follow-ups of the team's live contacts and open referrals, whatever the period. */
  followUps: z.strictObject({ due: StatsCountSchema, overdue: StatsCountSchema }),
  /** [S107] Contacts by the label of the token that last wrote them (the team's own organisation). */
  workers: z.array(z.strictObject({ label: z.string(), contacts: StatsCountSchema })),
});
export type StatsResponse = z.infer<typeof StatsResponseSchema>;
