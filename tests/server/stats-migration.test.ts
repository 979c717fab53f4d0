/**
 * Issue #16, migration 7 on a database that already holds contacts: the statistics facts are backfilled from the
 * live contacts (tombstones left out), so an upgraded server answers GET /api/v1/stats with the team's history.
 * Issue #14, migration 9: the contacts noted in `stats_pending` and not yet counted are counted after it.
 */
import fs from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { openDatabase, runMigrations } from '../../server/db';
import { migrations } from '../../server/db/migrations';
import { sqliteStores } from '../../server/store/sqlite-stores';
import { makeTempDir } from './helpers';
import { BY_WORKER_1, statsBody } from './stats-fixture';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh database in a temp dir, migrated up to `version` (the upgrade under test runs after it). */
function databaseAt(version: number) {
  const dir = makeTempDir('limits-stats-migration-');
  dirs.push(dir);
  const db = openDatabase(dir);
  runMigrations(db, migrations.slice(0, version));
  return db;
}

it('[S100] migration 7 backfills the facts of the contacts stored before it, and the counts follow', async () => {
  const db = databaseAt(6);
  db.prepare("INSERT INTO teams (id, name, created_at) VALUES (1, 'Team A', '2026-01-01T00:00:00Z')").run();
  const insert = db.prepare(
    `INSERT INTO contacts (team_id, id, revision, updated_at, deleted, body_json, content_hash, seq, received_at)
     VALUES (1, ?, 1, '2026-03-10T00:00:00Z', ?, ?, 'h', ?, '2026-03-10T00:00:00Z')`,
  );
  BY_WORKER_1.forEach((contact, i) => insert.run(contact.id, 0, JSON.stringify(contact.body), i + 1));
  insert.run('00000000-0000-4000-8000-000000000999', 1, null, 99);
  expect(runMigrations(db).applied).toEqual([7, 8, 9]);

  const stores = sqliteStores(db);
  const march = { from: '2026-03-01', to: '2026-03-31', today: '2026-03-10', dueUntil: '2026-03-17', detail: true };
  const raw = await stores.stats.aggregate(1, march);
  expect(raw.days.reduce((sum, day) => sum + day.contacts, 0)).toBe(BY_WORKER_1.length);
  expect(raw.referrals).toEqual([{ scheme: 'scheme-x', outcome: 'accepted', referrals: 1 }]);
  expect(raw.workers).toEqual([]);
  // Written after the migration: past the team's watermark, its facts rewritten at the next request.
  await stores.contacts.applyBatch(1, [
    {
      id: '00000000-0000-4000-8000-000000000998',
      revision: 1,
      updatedAt: '2026-03-10T00:00:00Z',
      deleted: false,
      body: statsBody('2026-03-20T10:00:00Z', { kind: 'partner' }),
    },
  ]);
  const after = await stores.stats.aggregate(1, march);
  expect(after.days).toContainEqual({ date: '2026-03-20', kind: 'partner', contacts: 1, people: 1 });
  await stores.close();
});

it('[S100] migration 9 keeps the contacts noted in stats_pending, still to be counted, and drops the table', async () => {
  const db = databaseAt(8);
  db.prepare("INSERT INTO teams (id, name, created_at) VALUES (1, 'Team A', '2026-01-01T00:00:00Z')").run();
  db.prepare("INSERT INTO teams (id, name, created_at) VALUES (2, 'Team B', '2026-01-01T00:00:00Z')").run();
  const insert = db.prepare(
    `INSERT INTO contacts (team_id, id, revision, updated_at, deleted, body_json, content_hash, seq, received_at)
     VALUES (?, ?, 1, '2026-03-10T00:00:00Z', 0, ?, 'h', ?, '2026-03-10T00:00:00Z')`,
  );
  const note = db.prepare('INSERT INTO stats_pending (team_id, id) VALUES (?, ?)');
  // Team 1: its first contact already counted (its facts and day written, as by an earlier statistics request),
  // the two after it only noted. Team 2: one contact, only noted.
  const ids = (n: number) => `00000000-0000-4000-8000-00000000010${n}`;
  const written = [
    { team: 1, id: ids(1), at: '2026-03-02T10:00:00Z', seq: 1 },
    { team: 2, id: ids(2), at: '2026-03-03T10:00:00Z', seq: 2 },
    { team: 1, id: ids(3), at: '2026-03-04T10:00:00Z', seq: 3 },
    { team: 1, id: ids(4), at: '2026-03-05T10:00:00Z', seq: 4 },
  ];
  for (const c of written) insert.run(c.team, c.id, JSON.stringify(statsBody(c.at, { kind: 'street' })), c.seq);
  db.prepare(
    `INSERT INTO contact_facts (team_id, id, day, kind, people, follow_up, written_by)
     VALUES (1, ?, '2026-03-02', 'street', 1, NULL, NULL)`,
  ).run(ids(1));
  db.prepare("INSERT INTO stats_dirty (team_id, day) VALUES (1, '2026-03-02')").run();
  note.run(2, ids(2));
  note.run(1, ids(3));
  note.run(1, ids(4));
  expect(runMigrations(db).applied).toEqual([9]);
  expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'stats_pending'").pluck().get()).toBe(0);
  expect(db.prepare('SELECT team_id, seq FROM stats_watermark ORDER BY team_id').all()).toEqual([
    { team_id: 1, seq: 2 },
    { team_id: 2, seq: 1 },
  ]);

  const stores = sqliteStores(db);
  const march = { from: '2026-03-01', to: '2026-03-31', today: '2026-03-10', dueUntil: '2026-03-17', detail: true };
  const days = async (team: number) =>
    (await stores.stats.aggregate(team, march)).days.map((day) => [day.date, day.contacts]);
  expect(await days(1)).toEqual([
    ['2026-03-02', 1],
    ['2026-03-04', 1],
    ['2026-03-05', 1],
  ]);
  expect(await days(2)).toEqual([['2026-03-03', 1]]);
  // The next request finds nothing new: the watermark moved to each team's last contact.
  expect(db.prepare('SELECT team_id, seq FROM stats_watermark ORDER BY team_id').all()).toEqual([
    { team_id: 1, seq: 4 },
    { team_id: 2, seq: 2 },
  ]);
  await stores.close();
});
