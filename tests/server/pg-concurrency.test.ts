/**
 * [S14] [S15] [S30] with several instances: two apps (two `buildApp`, two connection pools, as two processes
 * would have) on one PostgreSQL database, over real HTTP on 127.0.0.1, receive interleaved and conflicting
 * batches for the same contacts in parallel while a coordinator pages through the changes with a cursor.
 * Afterwards every contact exists exactly once at its latest revision, each revision was written at most once
 * and exactly the written ones are in the history, the cursor reader missed nothing, and no request got a 5xx.
 * Failed authentications count across the instances ([S51]).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Contact, ContactHistory, ContactsPage, SyncResult } from '../../src/shared/protocol/protocol';
import { buildApp } from '../../server/app';
import { openPgPool } from '../../server/postgres/pg-pool';
import { pgMigrations, runPgMigrations } from '../../server/postgres/pg-migrations';
import { pgStores, type PgStores } from '../../server/postgres/pg-stores';
import { makeTempDir, writeFakeDist } from './helpers';
import { describeWithPg, pgTestDatabase, type PgTestDatabase } from './pg-harness';
import { api, body, contact, NO_LIMITS, NO_QUOTAS, sync } from './sync-helpers';

const CONTACTS = 40;
const REVISIONS = 5;
const BATCH = 10;
const SENDERS_PER_INSTANCE = 6;

interface Instance {
  app: FastifyInstance;
  stores: PgStores;
  baseUrl: string;
}

describeWithPg('two instances on one PostgreSQL', () => {
  let database: PgTestDatabase;
  let tmp: string;
  const instances: Instance[] = [];
  let coordinator = '';
  /** Two more apps, one per pool, with a failure limit of 3 (in-process requests: the address is 127.0.0.1). */
  const strictApps: FastifyInstance[] = [];
  /** Errors of idle pooled connections: there must be none while the instances work. */
  const poolErrors: Error[] = [];

  beforeAll(async () => {
    database = (await pgTestDatabase())!;
    tmp = makeTempDir('limits-pg-');
    const distDir = path.join(tmp, 'dist');
    writeFakeDist(distDir);
    const pools = [0, 1].map(() =>
      openPgPool(database.url, (error) => {
        poolErrors.push(error);
      }),
    );
    // Both start at once, as after a deployment: the migrations take turns, and run once.
    const migrated = await Promise.all(pools.map((pool) => runPgMigrations(pool)));
    expect(migrated.map((m) => m.applied.length).sort()).toEqual([0, pgMigrations.length]);
    for (const pool of pools) {
      const stores = pgStores(pool);
      const app = await buildApp({ distDir, stores, logger: false, rateLimit: NO_LIMITS, quotas: NO_QUOTAS });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (address === null || typeof address !== 'object') throw new Error('no TCP address');
      instances.push({ app, stores, baseUrl: `http://127.0.0.1:${address.port}` });
    }
    // A third app on the first pool, with a low failure limit, for the [S51] test.
    const strict = await buildApp({
      distDir,
      stores: instances[0]!.stores,
      logger: false,
      rateLimit: { ...NO_LIMITS, authFailures: 3 },
      quotas: NO_QUOTAS,
    });
    const secondStrict = await buildApp({
      distDir,
      stores: instances[1]!.stores,
      logger: false,
      rateLimit: { ...NO_LIMITS, authFailures: 3 },
      quotas: NO_QUOTAS,
    });
    strictApps.push(strict, secondStrict);
    const teams = instances[0]!.stores.teams;
    await teams.addTeam('Équipe Nord');
    coordinator = (await teams.addToken('Équipe Nord', 'coordinator', 'Office')).token;
  }, 60_000);

  afterAll(async () => {
    for (const app of strictApps) await app.close();
    for (const { app, stores } of instances) {
      const closing = app.close();
      app.server.closeAllConnections();
      await closing;
      await stores.close();
    }
    await database?.drop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('[S14] [S15] [S30] interleaved, duplicated and conflicting batches: each contact once, at its latest revision', async () => {
    // Every revision of every contact, with its content; revisions below the last also get a rival version
    // (same revision, other content: a second device's edit), so conflicts race as well.
    const base = Array.from({ length: CONTACTS }, () => contact());
    const version = (c: Contact, revision: number, rival = false): Contact => ({
      id: c.id,
      revision,
      updatedAt: c.updatedAt,
      deleted: false,
      body: body({ note: `${c.id.slice(0, 8)} r${revision}${rival ? ' rival' : ''}` }),
    });
    const items: Contact[] = [];
    for (const c of base) {
      for (let revision = 1; revision <= REVISIONS; revision += 1) {
        items.push(version(c, revision), version(c, revision)); // twice: [S14]
        if (revision < REVISIONS) items.push(version(c, revision, true));
      }
    }
    // A fixed shuffle (no flakiness from the order itself; the interleaving comes from the parallel senders).
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    const batches: Contact[][] = [];
    for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));

    const statuses: number[] = [];
    const results: Array<{ sent: Contact; result: SyncResult }> = [];
    let next = 0;
    const sender = async (instance: Instance) => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        const response = await sync(instance, coordinator, batch);
        statuses.push(response.status);
        if (response.status === 200) {
          response.json.results.forEach((result, index) => results.push({ sent: batch[index]!, result }));
        }
      }
    };

    // A coordinator polls the changes through the other instance meanwhile ([S30]: the last occurrence wins).
    const seen = new Map<string, Contact>();
    let cursor: string | undefined;
    const poll = async () => {
      for (;;) {
        const query = `?limit=7${cursor === undefined ? '' : `&since=${cursor}`}`;
        const page = await api<ContactsPage>(instances[1]!, `/api/v1/contacts${query}`, { token: coordinator });
        statuses.push(page.status);
        if (page.status !== 200) return;
        for (const c of page.json.contacts) seen.set(c.id, c);
        cursor = page.json.nextCursor;
        if (!page.json.hasMore) return;
      }
    };
    let writing = true;
    const poller = (async () => {
      while (writing) await poll();
    })();
    await Promise.all(
      instances.flatMap((instance) => Array.from({ length: SENDERS_PER_INSTANCE }, () => sender(instance))),
    );
    writing = false;
    await poller;
    await poll();

    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(poolErrors).toEqual([]);
    expect(results).toHaveLength(items.length);

    // Exactly once: no (id, revision) was written twice, whatever instance received its copies.
    const written = results.filter(({ result }) => result.status === 'created' || result.status === 'updated');
    const writtenKeys = written.map(({ result }) => `${result.id}@${result.revision ?? '?'}`);
    expect(new Set(writtenKeys).size).toBe(writtenKeys.length);
    expect(results.filter(({ result }) => result.status === 'rejected')).toEqual([]);

    // Every contact once, at its latest revision and content, through either instance.
    for (const instance of instances) {
      const listed = new Map<string, Contact>();
      let since: string | undefined;
      for (;;) {
        const page = await api<ContactsPage>(
          instance,
          `/api/v1/contacts?limit=13${since === undefined ? '' : `&since=${since}`}`,
          { token: coordinator },
        );
        expect(page.status).toBe(200);
        for (const c of page.json.contacts) {
          expect(listed.has(c.id)).toBe(false); // nothing changed any more: each id comes once
          listed.set(c.id, c);
        }
        since = page.json.nextCursor;
        if (!page.json.hasMore) break;
      }
      expect(listed.size).toBe(CONTACTS);
      for (const c of base) expect(listed.get(c.id)).toEqual(version(c, REVISIONS));
    }
    expect(await instances[0]!.stores.contacts.count(1)).toBe(CONTACTS);

    // The reader that paged during the writes ends with the same state: the cursor skipped no late commit.
    expect(seen.size).toBe(CONTACTS);
    for (const c of base) expect(seen.get(c.id)).toEqual(version(c, REVISIONS));

    // History: strictly increasing revisions ending at the latest, and exactly the written revisions, each with
    // the content that was acknowledged as written.
    for (const c of base) {
      const history = await api<ContactHistory>(instances[0]!, `/api/v1/contacts/${c.id}/history`, {
        token: coordinator,
      });
      expect(history.status).toBe(200);
      const revisions = history.json.revisions.map((r) => r.contact.revision);
      expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
      expect(new Set(revisions).size).toBe(revisions.length);
      expect(revisions.at(-1)).toBe(REVISIONS);
      const mine = written.filter(({ result }) => result.id === c.id);
      expect(revisions).toEqual(mine.map(({ result }) => result.revision).sort((a, b) => (a ?? 0) - (b ?? 0)));
      for (const { sent } of mine) {
        expect(history.json.revisions.find((r) => r.contact.revision === sent.revision)?.contact).toEqual(sent);
      }
    }
  }, 120_000);

  it('[S51] failed authentications are counted across instances: the limit holds whichever one is asked', async () => {
    const [a, b] = strictApps as [FastifyInstance, FastifyInstance];
    const me = (app: FastifyInstance, token: string) =>
      app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    const wrong = `lt_${'x'.repeat(43)}`;
    // Three failures spread over the two instances reach the limit of 3: each alone has seen at most two.
    expect((await me(a, wrong)).statusCode).toBe(401);
    expect((await me(b, wrong)).statusCode).toBe(401);
    expect((await me(a, wrong)).statusCode).toBe(401);
    const blocked = await me(b, wrong);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // A valid token is never refused because of others' failures (issue #13).
    expect((await me(b, coordinator)).statusCode).toBe(200);
  });
});
