/**
 * Issue #16, migration 7 on a database that already holds contacts: the statistics facts are backfilled from the
 * live contacts (tombstones left out), so an upgraded server answers GET /api/v1/stats with the team's history.
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

it('[S100] migration 7 backfills the facts of the contacts stored before it, and the counts follow', async () => {
  const dir = makeTempDir('limits-stats-migration-');
  dirs.push(dir);
  const db = openDatabase(dir);
  runMigrations(db, migrations.slice(0, 6));
  db.prepare("INSERT INTO teams (id, name, created_at) VALUES (1, 'Team A', '2026-01-01T00:00:00Z')").run();
  const insert = db.prepare(
    `INSERT INTO contacts (team_id, id, revision, updated_at, deleted, body_json, content_hash, seq, received_at)
     VALUES (1, ?, 1, '2026-03-10T00:00:00Z', ?, ?, 'h', ?, '2026-03-10T00:00:00Z')`,
  );
  BY_WORKER_1.forEach((contact, i) => insert.run(contact.id, 0, JSON.stringify(contact.body), i + 1));
  insert.run('00000000-0000-4000-8000-000000000999', 1, null, 99);
  expect(runMigrations(db).applied).toEqual([7, 8]);

  const stores = sqliteStores(db);
  const march = { from: '2026-03-01', to: '2026-03-31', today: '2026-03-10', dueUntil: '2026-03-17', detail: true };
  const raw = await stores.stats.aggregate(1, march);
  expect(raw.days.reduce((sum, day) => sum + day.contacts, 0)).toBe(BY_WORKER_1.length);
  expect(raw.referrals).toEqual([{ scheme: 'scheme-x', outcome: 'accepted', referrals: 1 }]);
  expect(raw.workers).toEqual([]);
  // Written after the migration: noted by the contact store, its facts rewritten at the next request.
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
