/**
 * SQLite side of the statistics facts (./contact-facts.ts): every contact write bumps the contact's `seq`, and the
 * next statistics request rewrites the facts of the team's contacts whose `seq` is past the team's watermark
 * (`stats_watermark`) from their stored bodies before it counts, so the facts never disagree with the contacts
 * they come from; the backfill of migration 7 (server/db/migrations.ts, which holds the tables' schema), and the
 * refresh of the per-day sums.
 *
 * Measured on the way (issue #16, `npm run bench:stats`, 2 loaded cores): JSON functions over
 * `contacts.body_json` took ~550 ms for 10 000 contacts; per-contact facts ~150 ms for 100 000; the per-day sums
 * (`stats_days`) are what keeps a year of 100 000 contacts within the target.
 */
import type { Statement } from 'better-sqlite3';
import type { ContactBody } from '../../src/shared/protocol/protocol';
import type { Db } from '../db';
import { contactFacts } from './contact-facts';

/** Keeps the facts of one contact in step with its current revision. */
export class SqliteStatsFacts {
  private readonly markOld: Statement<[number, string]>;
  private readonly markNew: Statement<[number, string]>;
  private readonly clear: Statement<[{ team: number; id: string }]>[];
  private readonly insertContact: Statement;
  private readonly insertItem: Statement;
  private readonly insertReferral: Statement;

  constructor(db: Db) {
    this.markOld = db.prepare(
      'INSERT OR IGNORE INTO stats_dirty (team_id, day) SELECT team_id, day FROM contact_facts WHERE team_id = ? AND id = ?',
    );
    this.markNew = db.prepare('INSERT OR IGNORE INTO stats_dirty (team_id, day) VALUES (?, ?)');
    // Items first: their key starts with the contact's day, read from its facts row before that goes.
    this.clear = [
      `DELETE FROM contact_items WHERE team_id = @team AND id = @id
         AND day = (SELECT day FROM contact_facts WHERE team_id = @team AND id = @id)`,
      'DELETE FROM contact_facts WHERE team_id = @team AND id = @id',
      'DELETE FROM referral_facts WHERE team_id = @team AND contact_id = @id',
    ].map((sql) => db.prepare(sql));
    this.insertContact = db.prepare(
      `INSERT INTO contact_facts (team_id, id, day, kind, people, follow_up, written_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertItem = db.prepare(
      'INSERT OR IGNORE INTO contact_items (team_id, dim, value, day, kind, id) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.insertReferral = db.prepare(
      `INSERT INTO referral_facts (team_id, contact_id, n, kind, scheme, outcome, started_day, closed_days, follow_up)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /**
   * Replaces the facts of contact `id` by those of `body` (null: a tombstone, no facts), and marks the days
   * whose sums change. Call inside the transaction that writes the contact; `isNew`: the contact had no row
   * before, so there is nothing to clear.
   */
  write(teamId: number, id: string, body: ContactBody | null, writtenBy: number | null, isNew = false): void {
    if (!isNew) {
      this.markOld.run(teamId, id);
      for (const statement of this.clear) statement.run({ team: teamId, id });
    }
    if (body === null) return;
    const facts = contactFacts(body);
    this.markNew.run(teamId, facts.day);
    this.insertContact.run(teamId, id, facts.day, facts.kind, facts.people, facts.followUp, writtenBy);
    for (const item of facts.items) this.insertItem.run(teamId, item.dim, item.value, facts.day, facts.kind, id);
    facts.referrals.forEach((referral, n) =>
      this.insertReferral.run(
        teamId,
        id,
        n,
        facts.kind,
        referral.scheme,
        referral.outcome,
        referral.startedDay,
        referral.closedDays,
        referral.followUp,
      ),
    );
  }
}

/** Migration 7's backfill: the facts of the live contacts already stored (tables created, empty). */
export function backfillStatsFacts(db: Db): void {
  const facts = new SqliteStatsFacts(db);
  const rows = db.prepare('SELECT team_id, id, body_json, written_by FROM contacts WHERE deleted = 0').all() as Array<{
    team_id: number;
    id: string;
    body_json: string;
    written_by: number | null;
  }>;
  for (const row of rows) {
    facts.write(row.team_id, row.id, JSON.parse(row.body_json) as ContactBody, row.written_by, true);
  }
}

// Each contact of the day counts once under scheme '' (all contacts) and once per scheme suggested or referred
// to (`m`, then joined to the tables by their keys: joining two unindexed CTEs was quadratic in a day's size).
// `+dim`: keeps the planner, which has no statistics, on the (team_id, day, id) key rather than another index.
const ALL = `SELECT id, '' AS scheme FROM contact_facts WHERE team_id = @team AND day = @day`;
const BY_SCHEME = `SELECT DISTINCT id, value AS scheme FROM contact_items
  WHERE team_id = @team AND day = @day AND +dim IN ('scheme', 'referral')`;
const sums = (members: string) => `
  SELECT @team, m.scheme, @day, COALESCE(f.kind, ''), 'contacts', '', COUNT(*)
    FROM (${members}) m JOIN contact_facts f ON f.team_id = @team AND f.id = m.id GROUP BY m.scheme, f.kind
  UNION ALL
  SELECT @team, m.scheme, @day, COALESCE(f.kind, ''), 'people', '', SUM(f.people)
    FROM (${members}) m JOIN contact_facts f ON f.team_id = @team AND f.id = m.id GROUP BY m.scheme, f.kind
  UNION ALL
  SELECT @team, m.scheme, @day, COALESCE(f.kind, ''), 'worker', CAST(f.written_by AS TEXT), COUNT(*)
    FROM (${members}) m JOIN contact_facts f ON f.team_id = @team AND f.id = m.id
    WHERE f.written_by IS NOT NULL GROUP BY m.scheme, f.kind, f.written_by
  UNION ALL
  SELECT @team, m.scheme, @day, COALESCE(i.kind, ''), i.dim, i.value, COUNT(*)
    FROM (${members}) m JOIN contact_items i ON i.team_id = @team AND i.day = @day AND i.id = m.id
    WHERE +i.dim <> 'referral' GROUP BY m.scheme, i.kind, i.dim, i.value`;

/**
 * Rebuilds the team's `stats_days` rows of the days marked dirty, from the facts, and clears the marks. Run in
 * the write transaction of the statistics request, before it reads the sums. Day by day: each day's rows are
 * grouped in memory (one large sort over a year of contacts was ~20 times slower).
 */
export function refreshStatsDays(db: Db): (teamId: number) => void {
  const facts = new SqliteStatsFacts(db);
  // Index contacts_team_seq. `seq` only grows (one counter for the database, bumped by every write), so the
  // rows past the watermark are exactly those written since the last request.
  const changed = db.prepare<
    [number, number],
    { id: string; seq: number; deleted: number; body_json: string | null; written_by: number | null }
  >(
    `SELECT id, seq, deleted, body_json, written_by FROM contacts
      WHERE team_id = ? AND seq > COALESCE((SELECT seq FROM stats_watermark WHERE team_id = ?), 0) ORDER BY seq`,
  );
  const advance = db.prepare(
    'INSERT INTO stats_watermark (team_id, seq) VALUES (?, ?) ON CONFLICT (team_id) DO UPDATE SET seq = excluded.seq',
  );
  const dirty = db.prepare<[number], { day: string }>('SELECT day FROM stats_dirty WHERE team_id = ?');
  const statements = [
    'DELETE FROM stats_days WHERE team_id = @team AND day = @day',
    `INSERT INTO stats_days (team_id, scheme, day, kind, dim, value, n) ${sums(ALL)}`,
    `INSERT INTO stats_days (team_id, scheme, day, kind, dim, value, n) ${sums(BY_SCHEME)}`,
    'DELETE FROM stats_dirty WHERE team_id = @team AND day = @day',
  ].map((sql) => db.prepare(sql));
  return (teamId) => {
    // First the contacts written since the last request (in `seq` order): their facts from their stored body
    // (none for a tombstone), which marks the days whose sums change.
    let last = 0;
    for (const row of changed.all(teamId, teamId)) {
      const body = row.deleted === 0 && row.body_json !== null ? (JSON.parse(row.body_json) as ContactBody) : null;
      facts.write(teamId, row.id, body, row.written_by);
      last = row.seq;
    }
    if (last > 0) advance.run(teamId, last);
    for (const { day } of dirty.all(teamId)) {
      for (const statement of statements) statement.run({ team: teamId, day });
    }
  };
}
