import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appliedMigrations,
  DATABASE_FILENAME,
  migrations,
  openDatabase,
  runMigrations,
  type Db,
  type Migration,
} from '../../server/db';
import { makeTempDir } from './helpers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function freshDataDir(): string {
  const tmp = makeTempDir('limits-db-');
  cleanups.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
  // A nested, not-yet-existing directory: openDatabase must create it.
  return path.join(tmp, 'nested', 'data');
}

function open(dataDir: string): Db {
  const db = openDatabase(dataDir);
  cleanups.unshift(() => {
    if (db.open) db.close();
  });
  return db;
}

describe('openDatabase', () => {
  it('keeps the data dir 0700 and the database files 0600, also for files made before (issue #13)', () => {
    const dataDir = freshDataDir();
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(dataDir, DATABASE_FILENAME), '', { mode: 0o644 });
    const db = open(dataDir);
    runMigrations(db);
    db.prepare("INSERT INTO meta (key, value) VALUES ('x', 'y')").run();
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const suffix of ['', '-wal', '-shm']) {
      expect(fs.statSync(path.join(dataDir, DATABASE_FILENAME + suffix)).mode & 0o777).toBe(0o600);
    }
  });

  it('creates the data dir and the file, with WAL, synchronous=FULL, foreign keys, a busy timeout and temporary files in memory', () => {
    const dataDir = freshDataDir();
    const db = open(dataDir);
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILENAME))).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // 2 = MEMORY: no temporary file per sync batch
  });

  it('keeps WAL mode in the file for other connections', () => {
    const dataDir = freshDataDir();
    open(dataDir).close();
    const other = new Database(path.join(dataDir, DATABASE_FILENAME), { readonly: true });
    try {
      expect(other.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      other.close();
    }
  });
});

describe('runMigrations', () => {
  it('applies the first migration: meta table with created_at', () => {
    const db = open(freshDataDir());
    const result = runMigrations(db);
    expect(result).toEqual({ applied: migrations.map((m) => m.version), current: migrations.length });
    const createdAt = db.prepare("SELECT value FROM meta WHERE key = 'created_at'").pluck().get();
    expect(typeof createdAt).toBe('string');
    expect(Number.isNaN(Date.parse(createdAt as string))).toBe(false);
  });

  it('is idempotent across restarts: versions recorded once, data untouched', () => {
    const dataDir = freshDataDir();
    const first = open(dataDir);
    runMigrations(first);
    const createdAt = first.prepare("SELECT value FROM meta WHERE key = 'created_at'").pluck().get();
    first.close();

    const second = open(dataDir);
    expect(runMigrations(second)).toEqual({ applied: [], current: migrations.length });
    expect(runMigrations(second)).toEqual({ applied: [], current: migrations.length });
    const rows = appliedMigrations(second);
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(rows[0]?.name).toBe('create-meta');
    expect(second.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(migrations.length);
    expect(second.prepare("SELECT value FROM meta WHERE key = 'created_at'").pluck().get()).toBe(createdAt);
  });

  it('applies only the new migrations when the list grows', () => {
    const db = open(freshDataDir());
    runMigrations(db);
    const extended: Migration[] = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'add-notes',
        up: (d) => d.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT'),
      },
    ];
    expect(runMigrations(db, extended)).toEqual({ applied: [migrations.length + 1], current: migrations.length + 1 });
    expect(runMigrations(db, extended).applied).toEqual([]);
  });

  it('rolls back a failing migration completely, including its version row', () => {
    const db = open(freshDataDir());
    runMigrations(db);
    const failing: Migration[] = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'half-done',
        up: (d) => {
          d.exec('CREATE TABLE half (id INTEGER PRIMARY KEY) STRICT');
          d.exec('INSERT INTO no_such_table VALUES (1)');
        },
      },
    ];
    expect(() => runMigrations(db, failing)).toThrow(`Migration ${migrations.length + 1} (half-done) failed`);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    expect(appliedMigrations(db).map((r) => r.version)).toEqual(migrations.map((m) => m.version));
  });

  it('refuses a database migrated by a newer server', () => {
    const db = open(freshDataDir());
    runMigrations(db);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01T00:00:00Z')").run();
    expect(() => runMigrations(db)).toThrow(/version 99/);
  });

  it('rejects a misnumbered migration list before touching the database', () => {
    const db = open(freshDataDir());
    const broken: Migration[] = [{ version: 2, name: 'skipped-one', up: () => undefined }];
    expect(() => runMigrations(db, broken)).toThrow(/expected 1/);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'").pluck().get()).toBe(0);
  });
});

describe('migration 2: teams, tokens, contacts', () => {
  it('creates the sync tables with their constraints', () => {
    const db = open(freshDataDir());
    runMigrations(db);
    db.prepare("INSERT INTO teams (id, name, created_at) VALUES (1, 'Nord', 'now')").run();
    expect(() => db.prepare("INSERT INTO teams (name, created_at) VALUES ('NORD', 'now')").run()).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare("INSERT INTO tokens (team_id, role, label, token_hash, created_at) VALUES (1, 'admin', 'x', ?, 'now')")
        .run(Buffer.alloc(32)),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO tokens (team_id, role, label, token_hash, created_at) VALUES (1, 'worker', 'x', ?, 'now')",
        )
        .run(Buffer.alloc(16)),
    ).toThrow(/CHECK/);
    const insert = db.prepare(
      `INSERT INTO contacts (team_id, id, revision, updated_at, deleted, body_json, content_hash, seq, received_at)
       VALUES (?, 'c1', 1, 'now', ?, ?, 'h', ?, 'now')`,
    );
    expect(() => insert.run(1, 0, null, 1)).toThrow(/CHECK/); // live without a body
    expect(() => insert.run(1, 1, '{}', 1)).toThrow(/CHECK/); // tombstone with a body
    expect(() => insert.run(2, 0, '{}', 1)).toThrow(/FOREIGN KEY/); // unknown team
    insert.run(1, 0, '{}', 1);
    expect(() => insert.run(1, 1, null, 2)).toThrow(/UNIQUE/); // (team_id, id) is the key
  });
});
