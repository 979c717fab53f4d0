// The device code it runs reads Vite's import.meta.env: its types, for this Node-side program.
/// <reference types="vite/client" />
/**
 * The proof under faults (issue #14): two server processes started like production (`server/main.ts` with
 * DATABASE_URL) on one PostgreSQL database, behind a round-robin proxy that also injects the sync faults of
 * tests/browser/fault-proxy.ts (500s, resets, a stall past the client's timeout, answers lost after the server
 * committed). Three devices — the real sync client and contact store on fake-indexeddb, one IndexedDB database
 * each — record and edit contacts in rounds and sync; one instance is SIGKILLed mid-sync and restarted on the
 * same port. In the end every contact is in PostgreSQL exactly once at its latest revision, the API lists each
 * once as the device has it, no device lost or kept back anything, and no server answered a 5xx ([S14], [S15],
 * [S40], [S43]).
 */
import 'fake-indexeddb/auto';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LimitsDb, setDbForTests } from '../../src/platform/db/db';
import { countPending, saveContact, toWire, updateContactBody } from '../../src/data/contacts/contact-store';
import { createSyncClient, type SyncClient } from '../../src/data/team-sync/sync-client';
import { saveTeamSettings } from '../../src/data/team/sync-meta';
import type { Contact, ContactHistory, ContactsPage } from '../../src/shared/protocol/protocol';
import { openPgPool } from '../../server/postgres/pg-pool';
import { pgStores, type PgStores } from '../../server/postgres/pg-stores';
import { FaultProxy, type SyncExchange } from '../browser/fault-proxy';
import { makeTempDir, writeFakeDist } from './helpers';
import { describeWithPg, pgTestDatabase, type PgTestDatabase } from './pg-harness';
import { api, body } from './sync-helpers';

const DEVICES = 3;
const ROUNDS = 6;
const NEW_PER_ROUND = 4;
const EDITS_PER_ROUND = 3;
/** The round before which instance B is killed (mid-sync), and the one before which it comes back. */
const KILL_ROUND = 2;
const RESTART_ROUND = 4;
/** The client's request timeout in this test; a stall lasts longer. */
const TIMEOUT_MS = 1_500;

const repoRoot = path.resolve(import.meta.dirname, '../..');

interface Instance {
  port: number;
  child?: ChildProcess;
  output: string;
  exited?: Promise<void>;
}

interface Device {
  label: string;
  db: LimitsDb;
  token: string;
  client: SyncClient;
  /** What this device recorded: id → the note of its last edit. */
  notes: Map<string, string>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

/** `npm run serve` with the production start-up code; resolves once it listens. */
async function start(instance: Instance, env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(instance.port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  instance.child = child;
  instance.exited = new Promise((ok) => child.on('exit', () => ok()));
  await new Promise<void>((ok, fail) => {
    const onData = (chunk: Buffer) => {
      instance.output += chunk.toString('utf8');
      if (instance.output.includes(`server ready at http://127.0.0.1:${instance.port}`)) ok();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void instance.exited!.then(() => fail(new Error(`instance on ${instance.port} exited:\n${instance.output}`)));
  });
}

/** Every device's IndexedDB is the module-level one while it acts: devices take turns, never overlap. */
function use(device: Device): Device {
  setDbForTests(device.db);
  return device;
}

describeWithPg('two instances on one PostgreSQL, behind a faulty round-robin proxy', () => {
  let database: PgTestDatabase;
  let tmp: string;
  let env: Record<string, string>;
  const instances: Instance[] = [];
  let proxy: FaultProxy;
  let stores: PgStores;
  let coordinator = '';
  const devices: Device[] = [];

  beforeAll(async () => {
    database = (await pgTestDatabase())!;
    tmp = makeTempDir('limits-pg-faults-');
    writeFakeDist(path.join(tmp, 'dist'));
    env = {
      DATABASE_URL: database.url,
      DIST_DIR: path.join(tmp, 'dist'),
      DATA_DIR: path.join(tmp, 'data'),
      RATE_LIMIT_PER_MINUTE: '1000000',
      AUTH_FAILURE_LIMIT: '1000000',
    };
    for (let i = 0; i < 2; i += 1) instances.push({ port: await freePort(), output: '' });
    // Both at once, as after a deployment: the migrations take turns.
    await Promise.all(instances.map((instance) => start(instance, env)));
    proxy = new FaultProxy({
      target: instances.map((instance) => `http://127.0.0.1:${instance.port}`),
      seed: 14,
      stallMs: TIMEOUT_MS + 1_000,
      maxStalls: 1,
      opening: ['drop', 'error500', 'reset', 'stall', 'drop', 'pass'],
    });
    const origin = await proxy.listen();

    stores = pgStores(openPgPool(database.url, () => undefined));
    await stores.teams.addTeam('Équipe Sud');
    coordinator = (await stores.teams.addToken('Équipe Sud', 'coordinator', 'Office')).token;
    for (let d = 0; d < DEVICES; d += 1) {
      const label = `Phone ${d + 1}`;
      const { token } = await stores.teams.addToken('Équipe Sud', 'worker', label);
      const device = use({
        label,
        token,
        db: new LimitsDb(`faults-device-${d}-${Date.now()}`),
        notes: new Map(),
        client: createSyncClient({
          fetch: (input, init) => fetch(input, init),
          now: () => Date.now(),
          timeoutMs: TIMEOUT_MS,
          online: () => true,
          random: Math.random,
        }),
      });
      await saveTeamSettings({
        serverUrl: origin,
        token,
        team: 'Équipe Sud',
        role: 'worker',
        label,
        joinedAt: new Date().toISOString(),
      });
      devices.push(device);
    }
  }, 60_000);

  afterAll(async () => {
    for (const device of devices) device.db.close();
    setDbForTests(undefined);
    await proxy?.close();
    for (const instance of instances) {
      instance.child?.kill('SIGKILL');
      await instance.exited;
    }
    await stores?.close();
    await database?.drop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('[S14] [S15] [S40] [S43] every contact once at its latest revision after faults and a killed instance', async () => {
    const victim = instances[1]!;
    let restartedAt = -1;
    const outcomes: string[] = [];
    let edits = 0;
    const work = async (device: Device, round: number) => {
      use(device);
      for (let n = 0; n < NEW_PER_ROUND; n += 1) {
        const note = `${device.label} r${round} new ${n}`;
        const row = await saveContact(body({ note }));
        device.notes.set(row.id, note);
      }
      // Edits of contacts this device recorded earlier (some synced, some still pending after a fault).
      const ids = [...device.notes.keys()];
      for (let e = 0; e < EDITS_PER_ROUND && ids.length > NEW_PER_ROUND; e += 1) {
        const id = ids[(round * 7 + e * 3) % (ids.length - NEW_PER_ROUND)]!;
        const note = `${device.label} r${round} edit ${edits++}`;
        await updateContactBody(id, (previous) => ({ ...previous, note }));
        device.notes.set(id, note);
      }
    };
    const syncOnce = async (device: Device) => {
      use(device);
      const outcome = await device.client.syncNow();
      outcomes.push(outcome.result === 'failed' ? outcome.failure.kind : outcome.result);
    };

    /**
     * SIGKILLs instance B while it is inside a sync transaction: the test holds the team's write lock (its
     * `contact_heads` row, which every contact write locks first), sends the device's sync to B, waits until
     * B's transaction waits for that lock, kills B, then lets go. PostgreSQL rolls B's transaction back when
     * it finds the connection gone; the device sees a network failure and keeps its contacts pending.
     */
    const killMidTransaction = async (sync: () => Promise<void>) => {
      const holder = new pg.Client({ connectionString: database.url });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await holder.query('SELECT seq FROM contact_heads FOR UPDATE');
        const before = proxy.exchanges.length;
        proxy.setFaults(false);
        proxy.routeNextSyncTo(1);
        const syncing = sync();
        let waiting: number[] = [];
        while (waiting.length === 0) {
          const { rows } = await holder.query<{ pid: number }>(
            // This database only: other test files may share the cluster.
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
          );
          waiting = rows.map((row) => row.pid);
          if (waiting.length === 0) await new Promise((ok) => setTimeout(ok, 20));
        }
        victim.child!.kill('SIGKILL');
        await victim.exited;
        proxy.setFaults(true);
        await holder.query('COMMIT');
        await syncing;
        // B's backend gets the lock, finds its client gone and ends, rolling back: wait for that, then check
        // that nothing of the cut batch was written.
        for (;;) {
          const { rows } = await holder.query('SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1)', [waiting]);
          if (rows.length === 0) break;
          await new Promise((ok) => setTimeout(ok, 20));
        }
        const cut = await holder.query(
          'SELECT id FROM contacts WHERE body_json LIKE $1 UNION ALL SELECT id FROM contact_revisions WHERE body_json LIKE $1',
          [`%${devices[0]!.label} r${KILL_ROUND} new%`],
        );
        expect(cut.rows).toEqual([]);
        return proxy.exchanges.slice(before);
      } finally {
        await holder.end();
      }
    };
    let killed: SyncExchange[] = [];

    for (let round = 0; round < ROUNDS; round += 1) {
      if (round === RESTART_ROUND) {
        restartedAt = victim.output.length;
        await start(victim, env); // same port: the proxy routes to it again
      }
      for (const device of devices) {
        await work(device, round);
        if (round === KILL_ROUND && device === devices[0]) {
          killed = await killMidTransaction(() => syncOnce(device));
        } else {
          await syncOnce(device);
        }
      }
    }

    // The network heals: every device drains its outbox (a few rounds: each sync stops at its first failure).
    proxy.setFaults(false);
    for (const device of devices) {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await syncOnce(device);
        if ((await countPending()) === 0) break;
      }
    }

    // The faults really happened, including answers lost after a commit and a dead upstream.
    for (const fault of ['error500', 'reset', 'stall', 'drop'] as const) expect(proxy.count(fault)).toBeGreaterThan(0);
    expect(outcomes).toContain('network');
    expect(outcomes).toContain('server');
    // The sync cut by the kill: forwarded, never answered, and the device kept its contacts to resend.
    expect(killed).toEqual([{ fault: 'pass' }]);
    expect(outcomes[DEVICES * KILL_ROUND]).toBe('network');
    expect(proxy.upstreamErrors).toBeGreaterThan(0); // requests routed to the dead instance
    // The restarted instance took its share of the syncs again.
    expect(restartedAt).toBeGreaterThan(0);
    expect(victim.output.slice(restartedAt)).toMatch(/server ready at[^]*"url":"\/api\/v1\/sync"/);
    // No server answered a 5xx: the injected 500s never reached one, and the kill cut no request into an error.
    expect(proxy.serverStatuses.filter((status) => status >= 500)).toEqual([]);
    for (const instance of instances) expect(instance.output).not.toContain('"level":50');

    // The devices: nothing lost, nothing left pending, each row synced at its own latest revision.
    const expected = new Map<string, Contact>();
    for (const device of devices) {
      use(device);
      expect(await countPending()).toBe(0);
      const rows = await device.db.contacts.toArray();
      expect(rows).toHaveLength(device.notes.size);
      for (const row of rows) {
        expect(row.body?.note).toBe(device.notes.get(row.id));
        expect(row).toMatchObject({ syncState: 'synced', syncedRevision: row.revision });
        expected.set(row.id, toWire(row));
      }
    }
    expect(expected.size).toBe(DEVICES * ROUNDS * NEW_PER_ROUND);

    // PostgreSQL itself: one row per contact, at the device's revision and content.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; revision: string; body_json: string | null }>(
        'SELECT id, revision, body_json FROM contacts',
      );
      expect(rows).toHaveLength(expected.size);
      for (const row of rows) {
        const mine = expected.get(row.id);
        expect(mine).toBeDefined();
        expect(Number(row.revision)).toBe(mine!.revision);
        expect(JSON.parse(row.body_json ?? 'null')).toEqual(mine!.body);
      }
      // The superseded revisions are archived, each below the contact's current one (none resurrected).
      const archived = await client.query<{ id: string; revision: string }>(
        'SELECT id, revision FROM contact_revisions',
      );
      expect(archived.rows.length).toBeGreaterThan(0);
      for (const row of archived.rows) expect(Number(row.revision)).toBeLessThan(expected.get(row.id)!.revision);
    } finally {
      await client.end();
    }

    // The API, through the proxy (both instances in turn): each contact once, as the device has it.
    const listed = new Map<string, Contact>();
    let since: string | undefined;
    for (;;) {
      const query = `?limit=17${since === undefined ? '' : `&since=${since}`}`;
      const page = await api<ContactsPage>({ baseUrl: proxy.origin }, `/api/v1/contacts${query}`, {
        token: coordinator,
      });
      expect(page.status).toBe(200);
      for (const c of page.json.contacts) {
        expect(listed.has(c.id)).toBe(false);
        listed.set(c.id, c);
      }
      since = page.json.nextCursor;
      if (!page.json.hasMore) break;
    }
    expect(listed).toEqual(expected);

    // Each contact's history: distinct, increasing revisions ending at the one the device has.
    for (const [id, mine] of expected) {
      const history = await api<ContactHistory>({ baseUrl: proxy.origin }, `/api/v1/contacts/${id}/history`, {
        token: coordinator,
      });
      expect(history.status).toBe(200);
      const revisions = history.json.revisions.map((r) => r.contact.revision);
      expect(revisions).toEqual([...new Set(revisions)].sort((a, b) => a - b));
      expect(history.json.revisions.at(-1)?.contact).toEqual(mine);
    }
  }, 90_000);
});
