import fs from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { openPgPool } from '../../../server/postgres/pg-pool';
import { runPgMigrations } from '../../../server/postgres/pg-migrations';
import { pgStores } from '../../../server/postgres/pg-stores';
import { memoryStores } from '../../../server/store/memory-stores';
import { openSqliteStores } from '../../../server/store/sqlite-stores';
import type { Stores } from '../../../server/store/stores';
import { makeTempDir } from '../helpers';
import { pgTestDatabase } from '../pg-harness';

/** Fresh, empty, migrated stores on their own clock, and how to get rid of them. */
export type MakeStores = (now: () => Date) => Promise<{ stores: Stores; close: () => Promise<void> }>;

export const makeMemoryStores: MakeStores = async (now) => {
  const stores = memoryStores(now);
  return { stores, close: () => stores.close() };
};

/** SQLite in a real file of a temp dir, exactly as the server opens it. */
export function makeSqliteStores(options: { groupCommit?: boolean } = {}): MakeStores {
  return async (now) => {
    const dir = makeTempDir('limits-contract-');
    const { stores } = openSqliteStores(dir, { ...options, now });
    return {
      stores,
      close: async () => {
        await stores.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  };
}

/** PostgreSQL: a fresh database of the test cluster (tests/server/pg-harness.ts), migrated, dropped at the end. */
export const makePgStores: MakeStores = async (now) => {
  const database = await pgTestDatabase();
  if (!database) throw new Error('LT_TEST_PG_URL is not set (the suite should have been skipped)');
  // Dropping the database ends its last connections with an error event: expected then, and only then.
  const pool = openPgPool(database.url, () => undefined);
  await runPgMigrations(pool);
  const stores = pgStores(pool, now);
  return {
    stores,
    close: async () => {
      await stores.close();
      await database.drop();
    },
  };
};

export interface StoreFixture {
  stores: Stores;
  /** Two teams, created through the stores. */
  teamA: number;
  teamB: number;
  /** Sets the stores' clock. */
  setNow: (iso: string) => void;
}

/** A fresh fixture before each test of the enclosing describe; `get()` returns the current one. */
export function useStoreFixture(make: MakeStores): { get: () => StoreFixture } {
  let fixture: StoreFixture | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    let now = new Date('2026-01-01T00:00:00.000Z');
    const made = await make(() => now);
    close = made.close;
    const teamA = (await made.stores.teams.addTeam('Team A')).id;
    const teamB = (await made.stores.teams.addTeam('Team B')).id;
    fixture = {
      stores: made.stores,
      teamA,
      teamB,
      setNow: (iso) => {
        now = new Date(iso);
      },
    };
  });
  afterEach(async () => {
    await close?.();
    fixture = undefined;
    close = undefined;
  });
  return {
    get: () => {
      if (!fixture) throw new Error('no store fixture outside a test');
      return fixture;
    },
  };
}
