import type { ContactKind, ReferralOutcome } from '../../src/shared/protocol/protocol';
import {
  CLOSED_OUTCOMES_SQL,
  emptyRawStats,
  OPEN_OUTCOMES_SQL,
  type RawCount,
  type RawStats,
  type RawStatsQuery,
  type StatsStore,
} from '../stats/stats-store';
import type { PgPool } from './pg-pool';

// $1 team, $2 from, $3 to, $4 kind, $5 scheme, $6 today, $7 dueUntil.
// [S100] The team's live contacts that match the filters (any date), read from the generated columns of
// migration 3 (binary jsonb, no note or place). The period's through the (team_id, stats_day) index.
const FILTERS = `($4::text IS NULL OR b->>'kind' = $4)
    AND ($5::text IS NULL OR b->'schemes' ? $5
      OR EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(b->'referrals', '[]')) r WHERE r->>'schemeId' = $5))`;
const MATCHING = `matching AS (
  SELECT b, w, day FROM (SELECT stats_body AS b, written_by AS w, stats_day AS day FROM contacts
    WHERE team_id = $1 AND NOT deleted) c
  WHERE ${FILTERS}
),
period AS (
  SELECT b, w, day FROM (SELECT stats_body AS b, written_by AS w, stats_day AS day FROM contacts
    WHERE team_id = $1 AND NOT deleted AND stats_day BETWEEN $2 AND $3) c
  WHERE ${FILTERS}
),
refs AS (
  SELECT r->>'schemeId' AS scheme, r->>'outcome' AS outcome, r->>'startedAt' AS started_at,
         r->>'updatedAt' AS updated_at, r->>'followUpDate' AS follow_up
  FROM matching, jsonb_array_elements(b->'referrals') r
  WHERE b ? 'referrals' AND ($5::text IS NULL OR r->>'schemeId' = $5)
),
refs_in_period AS (SELECT * FROM refs WHERE left(started_at, 10) BETWEEN $2 AND $3)`;

// One round trip: every figure as rows of (part, a, b, n, m).
const DAYS = `SELECT 'day' AS part, day AS a, b->>'kind' AS b, COUNT(*) AS n,
  SUM(COALESCE((b->>'people')::int, 1)) AS m FROM period GROUP BY day, b->>'kind'`;
const REFERRALS = `SELECT 'ref', scheme, outcome, COUNT(*), 0 FROM refs_in_period GROUP BY scheme, outcome`;
const DETAIL = [
  ...['ageBands', 'signals', 'topics', 'schemes'].map(
    (dim) => `SELECT 'item', '${dim}', j, COUNT(*), 0 FROM period, jsonb_array_elements_text(b->'${dim}') j GROUP BY j`,
  ),
  `SELECT 'worker', t.label, NULL, COUNT(*), 0 FROM period JOIN tokens t ON t.id = period.w GROUP BY t.label`,
  `SELECT 'closed', NULL, NULL,
     GREATEST(0, floor(round(extract(epoch FROM (updated_at::timestamptz - started_at::timestamptz)) * 1000) / 86400000)),
     COUNT(*)
   FROM refs_in_period WHERE outcome IN ${CLOSED_OUTCOMES_SQL} GROUP BY 4`,
  `SELECT 'follow', NULL, NULL, COUNT(*) FILTER (WHERE d >= $6::text AND d <= $7::text), COUNT(*) FILTER (WHERE d < $6::text)
   FROM (SELECT b->>'followUpDate' AS d FROM matching
         UNION ALL SELECT follow_up FROM refs WHERE outcome IN ${OPEN_OUTCOMES_SQL}) dates WHERE d IS NOT NULL`,
];

interface PartRow {
  part: string;
  a: string | null;
  b: string | null;
  n: string | number;
  m: string | number;
}

/** The {@link StatsStore} on PostgreSQL: the same counts as SQLite's, with jsonb. */
export class PgStatsStore implements StatsStore {
  constructor(private readonly pool: PgPool) {}

  async aggregate(teamId: number, query: RawStatsQuery): Promise<RawStats> {
    const parts = [DAYS, REFERRALS, ...(query.detail ? DETAIL : [])];
    const sql = `WITH ${MATCHING} ${parts.join('\nUNION ALL\n')}`;
    const params = [teamId, query.from, query.to, query.kind ?? null, query.scheme ?? null];
    // $6 and $7 only appear in the detail parts; PostgreSQL refuses parameters it cannot type.
    if (query.detail) params.push(query.today, query.dueUntil);
    const { rows } = await this.pool.query<PartRow>(sql, params);
    const raw = emptyRawStats();
    const items = new Map<string, RawCount[]>();
    for (const row of rows) {
      const n = Number(row.n);
      const m = Number(row.m);
      if (row.part === 'day') {
        raw.days.push({ date: row.a ?? '', kind: row.b as ContactKind | null, contacts: n, people: m });
      } else if (row.part === 'ref') {
        raw.referrals.push({ scheme: row.a ?? '', outcome: row.b as ReferralOutcome, referrals: n });
      } else if (row.part === 'item') {
        const dim = row.a ?? '';
        items.set(dim, [...(items.get(dim) ?? []), { id: row.b ?? '', contacts: n }]);
      } else if (row.part === 'worker') {
        raw.workers.push({ label: row.a ?? '', contacts: n });
      } else if (row.part === 'closed') {
        raw.closedDays.push({ days: n, referrals: m });
      } else if (row.part === 'follow') {
        raw.followUps = { due: n, overdue: m };
      }
    }
    raw.ageBands = items.get('ageBands') ?? [];
    raw.signals = items.get('signals') ?? [];
    raw.topics = items.get('topics') ?? [];
    raw.schemes = items.get('schemes') ?? [];
    return raw;
  }
}
