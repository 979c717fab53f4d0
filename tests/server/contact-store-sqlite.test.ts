import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryContactStore } from '../../server/contacts/memory-contact-store';
import { SqliteContactStore } from '../../server/contacts/sqlite-contact-store';
import { DATABASE_FILENAME, openDatabase, runMigrations, type Db } from '../../server/db';
import { makeTempDir } from './helpers';
import { body, contact } from './sync-helpers';

/**
 * SQLite-only behaviour of the contact store (group commit, foreign keys, what is on disk) and a fast-check
 * comparison with the reference model. The contract itself runs in store-contract/sqlite.test.ts.
 */
interface SqliteFixture {
  store: SqliteContactStore;
  teamA: number;
  teamB: number;
  db: Db;
  dir: string;
  close: () => void;
}

function sqliteFixture(options: { groupCommit?: boolean } = {}): SqliteFixture {
  const dir = makeTempDir('limits-store-');
  const db = openDatabase(dir);
  runMigrations(db);
  const addTeam = db.prepare("INSERT INTO teams (name, created_at) VALUES (?, '2025-01-01T00:00:00Z')");
  const teamA = Number(addTeam.run('A').lastInsertRowid);
  const teamB = Number(addTeam.run('B').lastInsertRowid);
  return {
    store: new SqliteContactStore(db, options),
    teamA,
    teamB,
    db,
    dir,
    close: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('SqliteContactStore specifics', () => {
  let fixture: ReturnType<typeof sqliteFixture> | undefined;
  afterEach(() => fixture?.close());

  it('[S15] group commit: concurrent batches are all applied, each atomically, with unique increasing seq', async () => {
    fixture = sqliteFixture();
    const { store, teamA, db } = fixture;
    const batches = Array.from({ length: 20 }, () => Array.from({ length: 10 }, () => contact()));
    const results = await Promise.all(batches.map((batch) => store.applyBatch(teamA, batch)));
    expect(results.flat().every((r) => r.status === 'created')).toBe(true);
    const seqs = db.prepare('SELECT seq FROM contacts ORDER BY seq').pluck().all() as number[];
    expect(new Set(seqs).size).toBe(200);
    expect(seqs[0]).toBe(1);
    expect(seqs.at(-1)).toBe(200);
  });

  it('[S15] a batch that fails inside a group rolls back alone; the others commit', async () => {
    fixture = sqliteFixture();
    const { store, teamA } = fixture;
    const ok = store.applyBatch(teamA, [contact(), contact()]);
    const doomed = store.applyBatch(9999, [contact(), contact()]); // no such team: foreign key violation
    const alsoOk = store.applyBatch(teamA, [contact()]);
    await expect(doomed).rejects.toThrow(/FOREIGN KEY/);
    expect((await ok).map((r) => r.status)).toEqual(['created', 'created']);
    expect((await alsoOk)[0]?.status).toBe('created');
    expect(await store.count(teamA)).toBe(3);
    expect(await store.count(9999)).toBe(0);
  });

  it('[S15] the reply comes after the commit: another connection sees the rows at once', async () => {
    fixture = sqliteFixture();
    const { store, teamA, dir } = fixture;
    await store.applyBatch(teamA, [contact(), contact(), contact()]);
    const other = new Database(path.join(dir, DATABASE_FILENAME), { readonly: true });
    try {
      expect(other.prepare('SELECT COUNT(*) FROM contacts').pluck().get()).toBe(3);
    } finally {
      other.close();
    }
  });

  it('stores canonical JSON and a SHA-256 content hash', async () => {
    fixture = sqliteFixture();
    const { store, teamA, db } = fixture;
    await store.applyBatch(teamA, [contact({ body: body({ place: 'Parc', note: 'n' }) })]);
    const row = db.prepare('SELECT body_json, content_hash, deleted FROM contacts').get() as Record<string, unknown>;
    expect(row.body_json).toBe(
      '{"ageBands":["13-15"],"note":"n","occurredAt":"2025-03-14T21:05:00+01:00","place":"Parc","schemaVersion":1,' +
        '"schemes":["mission-locale"],"signals":["school-dropout"],"topics":["minor-lack-of-prospects"]}',
    );
    expect(row.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.deleted).toBe(0);
  });
});

describe('SqliteContactStore behaves like the reference model (fast-check)', () => {
  const ids = Array.from({ length: 4 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
  const sent = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        id: fc.constantFrom(...ids),
        revision: fc.integer({ min: 1, max: 4 }),
        note: fc.constantFrom('a', 'b'),
        deleted: fc.boolean(),
        team: fc.constantFrom(0, 1),
      }),
    },
    { weight: 1, arbitrary: fc.constant('invalid' as const) },
  );

  it('[S13] same results, pages and exports for random sequences of batches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(sent, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        async (batches) => {
          const real = sqliteFixture();
          const model = new MemoryContactStore();
          try {
            const teams = [real.teamA, real.teamB];
            for (const batch of batches) {
              for (const team of [0, 1]) {
                const contacts = batch
                  .filter((item) => item === 'invalid' || item.team === team)
                  .map((item) =>
                    item === 'invalid'
                      ? { id: ids[0], revision: 0 }
                      : item.deleted
                        ? {
                            id: item.id,
                            revision: item.revision,
                            updatedAt: '2025-01-01T00:00:00Z',
                            deleted: true,
                            body: null,
                          }
                        : contact({ id: item.id, revision: item.revision, body: body({ note: item.note }) }),
                  );
                if (contacts.length === 0) continue;
                const teamId = teams[team] ?? 0;
                expect(await real.store.applyBatch(teamId, contacts)).toEqual(await model.applyBatch(teamId, contacts));
              }
            }
            for (const teamId of teams) {
              const strip = (page: { contacts: unknown[]; hasMore: boolean }) => ({
                contacts: page.contacts,
                hasMore: page.hasMore,
              });
              expect(strip(await real.store.listSince(teamId, undefined, 3))).toEqual(
                strip(await model.listSince(teamId, undefined, 3)),
              );
              expect(await real.store.exportAll(teamId)).toEqual(await model.exportAll(teamId));
              expect(await real.store.count(teamId)).toBe(await model.count(teamId));
            }
          } finally {
            real.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
