import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteDirectoryStore } from '../../server/directory/sqlite-directory-store';
import { openDatabase, runMigrations, type Db } from '../../server/db';
import { entry } from './directory-helpers';
import { makeTempDir } from './helpers';

/** SQLite-only behaviour of the directory store; the contract itself runs in store-contract/sqlite.test.ts. */
interface SqliteFixture {
  store: SqliteDirectoryStore;
  teamA: number;
  teamB: number;
  db: Db;
  dir: string;
  setNow: (iso: string) => void;
  close: () => void;
}

function sqliteFixture(): SqliteFixture {
  const dir = makeTempDir('limits-directory-');
  const db = openDatabase(dir);
  runMigrations(db);
  const addTeam = db.prepare("INSERT INTO teams (name, created_at) VALUES (?, '2025-01-01T00:00:00Z')");
  const teamA = Number(addTeam.run('A').lastInsertRowid);
  const teamB = Number(addTeam.run('B').lastInsertRowid);
  let now = new Date('2026-01-01T00:00:00Z');
  return {
    store: new SqliteDirectoryStore(db, () => now),
    teamA,
    teamB,
    db,
    dir,
    setNow: (iso) => {
      now = new Date(iso);
    },
    close: () => {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('SqliteDirectoryStore specifics', () => {
  let fixture: ReturnType<typeof sqliteFixture> | undefined;
  afterEach(() => fixture?.close());

  it('[S74] a published directory survives closing and reopening the database', async () => {
    fixture = sqliteFixture();
    const { teamA, dir } = fixture;
    const entries = [entry(), entry({ schemeId: 'e2c', name: 'E2C' })];
    await fixture.store.publish(teamA, entries);
    fixture.db.close();
    const reopened = openDatabase(dir);
    try {
      expect(runMigrations(reopened).applied).toEqual([]);
      expect((await new SqliteDirectoryStore(reopened).get(teamA)).directory).toMatchObject({ version: 1, entries });
    } finally {
      reopened.close();
    }
  });

  it('[S74] records which token published, and refuses a team that does not exist', async () => {
    fixture = sqliteFixture();
    const { store, db, teamA } = fixture;
    const tokenId = Number(
      db
        .prepare(
          "INSERT INTO tokens (team_id, role, label, token_hash, created_at) VALUES (?, 'coordinator', 'c', randomblob(32), 'x')",
        )
        .run(teamA).lastInsertRowid,
    );
    await store.publish(teamA, [entry()], { tokenId });
    expect(db.prepare('SELECT published_by FROM directory_versions').pluck().get()).toBe(tokenId);
    await expect(store.publish(9999, [entry()])).rejects.toThrow(/FOREIGN KEY/);
    expect((await store.get(9999)).directory.version).toBe(0);
  });
});
