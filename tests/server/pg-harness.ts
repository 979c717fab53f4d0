/**
 * PostgreSQL for the server tests: `LT_TEST_PG_URL` is the admin URL of a throwaway cluster (e.g.
 * postgres://postgres@127.0.0.1:55432/postgres; .ci/run starts one). Each call makes a fresh database with a
 * unique name, so suites and files never share state. Without the variable the PostgreSQL suites are skipped,
 * loudly; with `CI` set they are never skipped: a missing cluster fails the run.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';

export interface PgTestDatabase {
  url: string;
  /** Drops the database (ending any connection left to it). */
  drop(): Promise<void>;
}

const VARIABLE = 'LT_TEST_PG_URL';
let warned = false;

/** The admin URL, undefined when PostgreSQL tests are off; throws on CI, where they must run. */
export function pgAdminUrl(): string | undefined {
  const url = process.env[VARIABLE]?.trim();
  if (url) return url;
  if (process.env.CI) {
    throw new Error(`${VARIABLE} is not set but CI is: the PostgreSQL suites must run on CI (see .ci/run)`);
  }
  if (!warned) {
    warned = true;
    console.warn(
      `\n⚠ ${VARIABLE} is not set: the PostgreSQL store suites are SKIPPED. Start a throwaway cluster and set ` +
        `${VARIABLE}=postgres://postgres@127.0.0.1:PORT/postgres to run them (docs/SERVER.md).\n`,
    );
  }
  return undefined;
}

/** `describe`, or `describe.skip` with a name that says why, for a suite that needs PostgreSQL. */
export function describeWithPg(name: string, body: () => void): void {
  if (pgAdminUrl() === undefined) describe.skip(`${name} — SKIPPED: ${VARIABLE} is not set`, body);
  else describe(name, body);
}

/** A fresh, empty database on the test cluster; undefined when {@link pgAdminUrl} is. */
export async function pgTestDatabase(): Promise<PgTestDatabase | undefined> {
  const adminUrl = pgAdminUrl();
  if (adminUrl === undefined) return undefined;
  const name = `lt_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
