import type { Statement } from 'better-sqlite3';
import type { ContactKind, ReferralOutcome } from '../../src/shared/protocol/protocol';
import type { Db } from '../db';
import { refreshStatsDays } from './sqlite-stats-facts';
import {
  emptyRawStats,
  OPEN_OUTCOMES_SQL,
  type RawCount,
  type RawStats,
  type RawStatsQuery,
  type StatsStore,
} from './stats-store';

interface Params {
  team: number;
  from: string;
  to: string;
  kind: string | null;
  scheme: string | null;
  today: string;
  dueUntil: string;
}

type DayRow = { date: string; kind: string | null; contacts: number; people: number };
type ItemRow = { dim: string; id: string; contacts: number };
type WorkerRow = { label: string; contacts: number };

// [S100] The filters: a kind, and a scheme suggested or referred to (on contact_facts or contact_items).
const KIND = '(@kind IS NULL OR kind = @kind)';
// A key lookup per contact (its items are keyed by team, day and id): no index by value to keep up on writes.
const SCHEME = `(@scheme IS NULL OR EXISTS (SELECT 1 FROM contact_items i WHERE i.team_id = @team
  AND i.day = contact_facts.day AND i.id = contact_facts.id AND i.dim IN ('scheme', 'referral') AND i.value = @scheme))`;
const PERIOD = "team_id = @team AND scheme = COALESCE(@scheme, '') AND day BETWEEN @from AND @to";
// [S105] Referrals of matching contacts: to the filtered scheme, which makes their contact match it too.
const REFERRALS = `FROM referral_facts WHERE team_id = @team AND ${KIND} AND (@scheme IS NULL OR scheme = @scheme)`;
const ITEM_DIMS = "('age', 'signal', 'topic', 'scheme')";

/**
 * The {@link StatsStore} on the server's SQLite database: contacts from the per-day sums of migration 7 (a few
 * rows per day, for all contacts or one scheme's), referrals and follow-ups from their facts.
 */
export class SqliteStatsStore implements StatsStore {
  private readonly days: Statement<[Params], DayRow>;
  private readonly items: Statement<[Params], ItemRow>;
  private readonly workers: Statement<[Params], WorkerRow>;
  private readonly referrals: Statement<[Params], { scheme: string; outcome: ReferralOutcome; referrals: number }>;
  private readonly closed: Statement<[Params], { days: number; referrals: number }>;
  private readonly followUps: Statement<[Params], { due: number | null; overdue: number | null }>;
  private readonly refresh: (teamId: number) => void;

  constructor(private readonly db: Db) {
    const workersOf = (inner: string) =>
      db.prepare<[Params], WorkerRow>(
        `SELECT t.label AS label, SUM(w.n) AS contacts FROM (${inner}) w JOIN tokens t ON t.id = w.token
         GROUP BY t.label`,
      );
    this.days = db.prepare(
      `SELECT day AS date, NULLIF(kind, '') AS kind, SUM(CASE WHEN dim = 'contacts' THEN n ELSE 0 END) AS contacts,
           SUM(CASE WHEN dim = 'people' THEN n ELSE 0 END) AS people
         FROM stats_days WHERE ${PERIOD} AND ${KIND} AND dim IN ('contacts', 'people') GROUP BY day, kind`,
    );
    this.items = db.prepare(
      `SELECT dim, value AS id, SUM(n) AS contacts FROM stats_days
         WHERE ${PERIOD} AND ${KIND} AND dim IN ${ITEM_DIMS} GROUP BY dim, value`,
    );
    this.workers = workersOf(
      `SELECT CAST(value AS INTEGER) AS token, SUM(n) AS n FROM stats_days
         WHERE ${PERIOD} AND ${KIND} AND dim = 'worker' GROUP BY value`,
    );
    this.referrals = db.prepare(
      `SELECT scheme, outcome, COUNT(*) AS referrals ${REFERRALS} AND started_day BETWEEN @from AND @to
       GROUP BY scheme, outcome`,
    );
    this.closed = db.prepare(
      `SELECT closed_days AS days, COUNT(*) AS referrals ${REFERRALS}
         AND started_day BETWEEN @from AND @to AND closed_days IS NOT NULL
       GROUP BY closed_days`,
    );
    // [S106] Whatever the period.
    this.followUps = db.prepare(
      `SELECT SUM(d >= @today AND d <= @dueUntil) AS due, SUM(d < @today) AS overdue FROM (
         SELECT follow_up AS d FROM contact_facts
         WHERE team_id = @team AND follow_up IS NOT NULL AND ${KIND} AND ${SCHEME}
         UNION ALL
         SELECT follow_up ${REFERRALS} AND follow_up IS NOT NULL AND outcome IN ${OPEN_OUTCOMES_SQL}
       )`,
    );
    this.refresh = refreshStatsDays(db);
  }

  async aggregate(teamId: number, query: RawStatsQuery): Promise<RawStats> {
    const params: Params = {
      team: teamId,
      from: query.from,
      to: query.to,
      kind: query.kind ?? null,
      scheme: query.scheme ?? null,
      today: query.today,
      dueUntil: query.dueUntil,
    };
    // One write transaction (the per-day sums of days changed since the last request are rebuilt first): every
    // figure of an answer from the same state of the tables.
    return this.db
      .transaction((): RawStats => {
        this.refresh(teamId);
        const raw = emptyRawStats();
        raw.referrals = this.referrals.all(params);
        raw.days = this.days.all(params).map((row) => ({ ...row, kind: (row.kind as ContactKind | null) || null }));
        if (!query.detail) return raw;
        const byDim = new Map<string, RawCount[]>();
        for (const { dim, id, contacts } of this.items.all(params)) {
          byDim.set(dim, [...(byDim.get(dim) ?? []), { id, contacts }]);
        }
        raw.ageBands = byDim.get('age') ?? [];
        raw.signals = byDim.get('signal') ?? [];
        raw.topics = byDim.get('topic') ?? [];
        raw.schemes = byDim.get('scheme') ?? [];
        raw.workers = this.workers.all(params);
        raw.closedDays = this.closed.all(params);
        const followUps = this.followUps.get(params);
        raw.followUps = { due: followUps?.due ?? 0, overdue: followUps?.overdue ?? 0 };
        return raw;
      })
      .immediate();
  }
}
