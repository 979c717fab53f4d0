/**
 * The sync loop against a fake server (a fetch function), with the real contact store on fake-indexeddb:
 * what the device marks, keeps and retries ([S40]–[S46]).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import type { LimitsDb } from '../../platform/db/db';
import { countPending, getContact, saveContact } from '../contacts/contact-store';
import { canonicalContent } from '../../shared/protocol/canonical-json';
import type { Contact, ContactBody, SyncResult } from '../../shared/protocol/protocol';
import { decideSync, syncResult } from '../../shared/protocol/sync-rule';
import { createSyncClient, type SyncClientDeps } from './sync-client';
import { getSyncRecord, saveTeamSettings } from '../team/sync-meta';
import { useSyncStatus } from './sync-status-store';

const SERVER = 'https://team.example.org';
const TOKEN = `lt_${'x'.repeat(43)}`;
const T0 = Date.parse('2026-03-01T10:00:00Z');

type Handler = (request: { url: string; method: string; contacts: Contact[]; init: RequestInit }) => Promise<Response>;

/**
 * A team server following the shared sync rule ([S13], src/shared/protocol/sync-rule.ts) as a trusted writer:
 * rows by id, revision order, same-revision content compared in canonical JSON ([S8]).
 */
class FakeServer {
  rows = new Map<string, Contact>();
  requests: { method: string; url: string; size: number; authorization: string | null }[] = [];
  /** Answers to use before the normal behaviour, one per request (undefined = normal). */
  script: (Handler | undefined)[] = [];
  reject = (contact: Contact): string | undefined =>
    contact.body?.note === 'refuse me' ? 'body.note: refused' : undefined;

  apply(contacts: Contact[]): SyncResult[] {
    return contacts.map((contact) => {
      const reason = this.reject(contact);
      if (reason) return { id: contact.id, status: 'rejected', reason };
      const stored = this.rows.get(contact.id);
      const outcome = decideSync(
        contact.revision,
        stored && {
          revision: stored.revision,
          createdBy: null,
          sameContent: canonicalContent(stored) === canonicalContent(contact),
        },
      );
      if (outcome.status === 'created' || outcome.status === 'updated') this.rows.set(contact.id, contact);
      return syncResult(
        contact.id,
        contact.revision,
        outcome,
        stored && { revision: stored.revision, copy: () => stored },
      );
    });
  }

  normal: Handler = async ({ url, contacts }) => {
    if (url.endsWith('/api/v1/me')) return json(200, { team: 'Nord', role: 'worker', label: 'Phone 1' });
    return json(200, { results: this.apply(contacts), serverTime: new Date(T0).toISOString() });
  };

  fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as { contacts: Contact[] }) : { contacts: [] };
    const headers = new Headers(init.headers);
    this.requests.push({ method, url, size: body.contacts.length, authorization: headers.get('authorization') });
    const handler = this.script.shift() ?? this.normal;
    return handler({ url, method, contacts: body.contacts, init });
  };

  get sizes() {
    return this.requests.filter((r) => r.method === 'POST').map((r) => r.size);
  }
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const error = (status: number, code: string, headers: Record<string, string> = {}) =>
  json(status, { error: code, message: `${code} message` }, headers);

function body(note?: string, extra: Partial<ContactBody> = {}): ContactBody {
  return {
    schemaVersion: 1,
    occurredAt: '2026-02-28T21:00:00.000Z',
    ageBands: ['13-15'],
    topics: [],
    signals: [],
    schemes: [],
    ...(note === undefined ? {} : { note }),
    ...extra,
  };
}

let db: LimitsDb;
let server: FakeServer;
let clock: number;
let online: boolean;

function client(extra: Partial<SyncClientDeps> = {}) {
  return createSyncClient({
    fetch: server.fetch,
    now: () => clock,
    random: () => 0.5,
    timeoutMs: 1_000,
    online: () => online,
    ...extra,
  });
}

async function join() {
  await saveTeamSettings({
    serverUrl: SERVER,
    token: TOKEN,
    team: 'Nord',
    role: 'worker',
    label: 'Phone 1',
    joinedAt: new Date(T0).toISOString(),
  });
}

async function record(n: number, note?: string) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await saveContact(body(note))).id);
  return ids;
}

beforeEach(async () => {
  db = await freshDb({ content: false });
  server = new FakeServer();
  clock = T0;
  online = true;
});
afterEach(() => db.close());

describe('sync client ([S40]–[S46])', () => {
  it('does nothing before the device joined a team', async () => {
    await record(2);
    expect(await client().syncNow()).toEqual({ result: 'not-joined' });
    expect(server.requests).toHaveLength(0);
  });

  it('sends the outbox with the bearer token and marks each contact synced from the reply', async () => {
    await join();
    const ids = await record(3);
    expect(await client().syncNow()).toEqual({ result: 'synced', sent: 3 });
    expect(server.requests).toEqual([
      { method: 'POST', url: `${SERVER}/api/v1/sync`, size: 3, authorization: `Bearer ${TOKEN}` },
    ]);
    expect(server.rows.size).toBe(3);
    for (const id of ids) expect(await getContact(id)).toMatchObject({ syncState: 'synced', syncedRevision: 1 });
    expect(await getSyncRecord()).toEqual({ lastSuccessAt: new Date(T0).toISOString(), attempt: 0 });
    expect(useSyncStatus.getState()).toMatchObject({ phase: 'idle', team: { team: 'Nord' } });
    // Nothing left: a second run sends nothing.
    expect(await client().syncNow()).toEqual({ result: 'synced', sent: 0 });
    expect(server.requests).toHaveLength(1);
  });

  it('marks nothing from a 200 whose results do not match the batch', async () => {
    await join();
    const [a, b] = await record(2);
    server.script = [
      async ({ contacts }) =>
        json(200, {
          results: [{ id: contacts[1]?.id, status: 'created', revision: 1 }],
          serverTime: new Date(T0).toISOString(),
        }),
    ];
    const outcome = await client().syncNow();
    expect(outcome).toMatchObject({ result: 'failed', failure: { kind: 'bad-response' } });
    expect(await getContact(a ?? '')).toMatchObject({ syncState: 'pending' });
    expect(await getContact(b ?? '')).toMatchObject({ syncState: 'pending' });
    server.script = [async () => json(200, { hello: 'captive portal' })];
    expect(await client().syncNow()).toMatchObject({ result: 'failed', failure: { kind: 'bad-response' } });
    expect(await countPending()).toBe(2);
  });

  it('keeps a refused contact with the reason and does not resend it', async () => {
    await join();
    const [good] = await record(1);
    const [bad] = await record(1, 'refuse me');
    await client().syncNow();
    expect(await getContact(good ?? '')).toMatchObject({ syncState: 'synced' });
    expect(await getContact(bad ?? '')).toMatchObject({
      syncState: 'rejected',
      syncReason: 'body.note: refused',
      body: { note: 'refuse me' },
    });
    await client().syncNow();
    expect(server.sizes).toEqual([2]);
    // Editing it makes a new revision, which is sent again.
    await saveContact(body('fixed'), bad);
    await client().syncNow();
    expect(server.sizes).toEqual([2, 1]);
    expect(await getContact(bad ?? '')).toMatchObject({ syncState: 'synced', revision: 2 });
  });

  it('keeps everything pending on 5xx, network errors and timeouts, with growing backoff', async () => {
    await join();
    await record(4);
    const never: Handler = ({ init }) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    server.script = [
      async () => error(500, 'internal_server_error'),
      async () => Promise.reject(new TypeError('Failed to fetch')),
      never,
    ];
    const kinds: string[] = [];
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const outcome = await client().syncNow();
      if (outcome.result === 'failed') kinds.push(outcome.failure.kind);
      const { nextAttemptAt, attempt } = await getSyncRecord();
      expect(attempt).toBe(i + 1);
      waits.push(Date.parse(nextAttemptAt ?? '') - clock);
      expect(await countPending()).toBe(4);
      expect(await db.contacts.count()).toBe(4);
    }
    expect(kinds).toEqual(['server', 'network', 'timeout']);
    // random() = 0.5: half of 2 s, 4 s, 8 s.
    expect(waits).toEqual([1_000, 2_000, 4_000]);
    expect(useSyncStatus.getState()).toMatchObject({
      phase: 'error',
      lastError: { kind: 'timeout', key: 'errors.timeout' },
    });
    // Then the server is back: everything goes, the backoff resets.
    expect(await client().syncNow()).toEqual({ result: 'synced', sent: 4 });
    expect(await getSyncRecord()).toEqual({ attempt: 0, lastSuccessAt: new Date(clock).toISOString() });
  });

  it('waits at least Retry-After on 429', async () => {
    await join();
    await record(1);
    server.script = [async () => error(429, 'too_many_requests', { 'retry-after': '90' })];
    await client().syncNow();
    const { nextAttemptAt, lastError } = await getSyncRecord();
    expect(Date.parse(nextAttemptAt ?? '') - clock).toBe(90_000);
    expect(lastError).toMatchObject({
      kind: 'rate-limited',
      detail: 'HTTP 429 too_many_requests: too_many_requests message',
    });
  });

  it('stops at 401: one request, no automatic retry, every contact kept', async () => {
    await join();
    await record(250);
    server.script = [async () => error(401, 'unauthorized')];
    const outcome = await client().syncNow();
    expect(outcome).toMatchObject({ result: 'failed', sent: 0, failure: { kind: 'unauthorized', retry: false } });
    expect(server.requests).toHaveLength(1);
    expect(await countPending()).toBe(250);
    expect((await getSyncRecord()).nextAttemptAt).toBeUndefined();
    expect(useSyncStatus.getState().lastError?.key).toBe('errors.unauthorized');
    // An automatic run with nothing new keeps showing the token problem; it is not forgotten silently.
    server.script = [async () => error(401, 'unauthorized')];
    await client().syncNow();
    expect(useSyncStatus.getState().lastError?.kind).toBe('unauthorized');
  });

  it('halves the batch on 413 until the server accepts it', async () => {
    await join();
    await record(150);
    const limited: Handler = async (request) =>
      request.contacts.length > 40 ? error(413, 'batch_too_large') : server.normal(request);
    server.script = Array.from({ length: 20 }, () => limited);
    expect(await client().syncNow()).toEqual({ result: 'synced', sent: 150 });
    expect(server.sizes).toEqual([150, 75, 38, 37, 75, 38, 37]);
    expect(server.rows.size).toBe(150);
    expect(await countPending()).toBe(0);
  });

  it('gives up on a single contact the server still finds too large, keeping it', async () => {
    await join();
    await record(2);
    server.script = Array.from({ length: 5 }, () => async () => error(413, 'payload_too_large'));
    expect(await client().syncNow()).toMatchObject({ result: 'failed', failure: { kind: 'too-large' } });
    expect(server.sizes).toEqual([2, 1]);
    expect(await countPending()).toBe(2);
  });

  it('sends at most 200 contacts per request, oldest first', async () => {
    await join();
    await record(450);
    await client().syncNow();
    expect(server.sizes).toEqual([200, 200, 50]);
    expect(server.rows.size).toBe(450);
  });

  it('cuts batches by size too (about 900 KB)', async () => {
    await join();
    await record(150, 'é'.repeat(5_000));
    await client().syncNow();
    expect(server.sizes.length).toBeGreaterThan(1);
    expect(server.sizes.reduce((a, b) => a + b, 0)).toBe(150);
    expect(Math.max(...server.sizes)).toBeLessThan(100);
  });

  it('resends after a lost reply: the server answers "unchanged" and keeps one row', async () => {
    await join();
    const [id] = await record(1);
    server.script = [
      async (request) => {
        await server.normal(request); // committed…
        throw new TypeError('Failed to fetch'); // …but the reply never arrives
      },
    ];
    await client().syncNow();
    expect(await getContact(id ?? '')).toMatchObject({ syncState: 'pending' });
    await client().syncNow();
    expect(await getContact(id ?? '')).toMatchObject({ syncState: 'synced', syncedRevision: 1 });
    expect(server.rows.size).toBe(1);
  });

  it('keeps an edit made while its batch was in flight pending, and sends it next', async () => {
    await join();
    const [id] = await record(1, 'first');
    server.script = [
      async (request) => {
        await saveContact(body('second'), id);
        return server.normal(request);
      },
      async () => error(503, 'service_unavailable'),
    ];
    await client().syncNow();
    expect(await getContact(id ?? '')).toMatchObject({ syncState: 'pending', revision: 2, syncedRevision: 1 });
    await client().syncNow();
    expect(await getContact(id ?? '')).toMatchObject({ syncState: 'synced', revision: 2, syncedRevision: 2 });
    expect(server.rows.get(id ?? '')).toMatchObject({ revision: 2, body: { note: 'second' } });
  });

  it('does not try while the browser is offline', async () => {
    await join();
    await record(1);
    online = false;
    expect(await client().syncNow()).toMatchObject({ result: 'failed', failure: { kind: 'offline' } });
    expect(server.requests).toHaveLength(0);
    expect(useSyncStatus.getState().phase).toBe('offline');
    expect((await getSyncRecord()).attempt).toBe(0);
  });

  it('"Sync now" with nothing pending checks the token with GET /me', async () => {
    await join();
    expect(await client().syncNow({ manual: true })).toEqual({ result: 'synced', sent: 0 });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${SERVER}/api/v1/me`]);
    server.script = [async () => error(401, 'unauthorized')];
    expect(await client().syncNow({ manual: true })).toMatchObject({
      result: 'failed',
      failure: { kind: 'unauthorized' },
    });
  });

  it('runs one sync at a time in a tab without Web Locks', async () => {
    await join();
    await record(3);
    const sync = client();
    const [first, second] = await Promise.all([sync.syncNow(), sync.syncNow()]);
    expect([first.result, second.result].sort()).toEqual(['busy', 'synced']);
    expect(server.sizes).toEqual([3]);
  });

  it('asks the Web Lock "limits-sync" without waiting, and stays out when another tab holds it', async () => {
    await join();
    await record(1);
    const asked: unknown[] = [];
    const heldElsewhere = {
      request: (async (name: string, options: LockOptions, callback: (lock: Lock | null) => unknown) => {
        asked.push([name, options]);
        return callback(null);
      }) as unknown as LockManager['request'],
    };
    expect(await client({ locks: heldElsewhere }).syncNow()).toEqual({ result: 'busy' });
    expect(asked).toEqual([['limits-sync', { ifAvailable: true }]]);
    expect(server.requests).toHaveLength(0);
    const free = {
      request: (async (_name: string, _options: LockOptions, callback: (lock: Lock | null) => unknown) =>
        callback({ name: 'limits-sync', mode: 'exclusive' } as Lock)) as unknown as LockManager['request'],
    };
    expect(await client({ locks: free }).syncNow()).toEqual({ result: 'synced', sent: 1 });
  });
});
