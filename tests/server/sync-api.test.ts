import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_BATCH_CONTACTS,
  MAX_REFERRAL_STEPS,
  MAX_REFERRALS,
  type Contact,
  type ContactsPage,
} from '../../src/shared/protocol/protocol';
import {
  api,
  body,
  contact,
  snapshot,
  startSyncServer,
  statuses,
  sync,
  tombstone,
  type ApiResponse,
  type SyncTestServer,
} from './sync-helpers';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

async function expectError(response: ApiResponse, status: number, error: string): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const json = response.json as Record<string, unknown>;
  expect(Object.keys(json).sort()).toEqual(['error', 'message']);
  expect(json.error).toBe(error);
  return json.message as string;
}

const listA = async (): Promise<Contact[]> =>
  (await api<ContactsPage>(server, '/api/v1/contacts?limit=1000', { token: server.a.coordinator })).json.contacts;
const post = (payload: string, contentType = 'application/json') =>
  api(server, '/api/v1/sync', {
    method: 'POST',
    token: server.a.worker,
    headers: { 'content-type': contentType },
    body: payload,
  });

describe('POST /api/v1/sync', () => {
  it('[S14] the same batch sent 5 times gives one row per contact: created, then unchanged', async () => {
    const batch = Array.from({ length: 20 }, () => contact());
    const before = snapshot(server.db);
    const first = await sync(server, server.a.worker, batch);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(statuses(first)).toEqual(batch.map(() => 'created'));
    const afterFirst = snapshot(server.db);
    expect(afterFirst.rows).toBe(before.rows + 20);
    for (let i = 0; i < 4; i++) {
      const again = await sync(server, server.a.worker, batch);
      expect(statuses(again)).toEqual(batch.map(() => 'unchanged'));
      expect(again.json.results.map((r) => r.id)).toEqual(batch.map((c) => c.id));
    }
    expect(snapshot(server.db)).toEqual(afterFirst);
  });

  it('[S12] replies carry serverTime and one result per contact, in order', async () => {
    const batch = [contact(), contact({ revision: 7 })];
    const response = await sync(server, server.a.worker, batch);
    expect(response.json.results).toEqual([
      { id: batch[0]?.id, status: 'created', revision: 1 },
      { id: batch[1]?.id, status: 'created', revision: 7 },
    ]);
    expect(Math.abs(Date.parse(response.json.serverTime) - Date.now())).toBeLessThan(60_000);
  });

  it('[S13] revisions order the versions: higher replaces, lower is stale with the server copy', async () => {
    const c = contact();
    await sync(server, server.a.worker, [c]);
    const third = { ...c, revision: 3, body: body({ note: 'third' }) };
    expect((await sync(server, server.a.worker, [third])).json.results[0]).toEqual({
      id: c.id,
      status: 'updated',
      revision: 3,
    });
    const late = (await sync(server, server.a.worker, [{ ...c, revision: 2, body: body({ note: 'second' }) }])).json;
    expect(late.results[0]).toMatchObject({ status: 'stale', revision: 3, server: third });
    expect((await listA()).find((x) => x.id === c.id)).toEqual(third);
  });

  it('[S18] same revision, different content is a conflict and changes nothing', async () => {
    const c = contact();
    await sync(server, server.a.worker, [c]);
    const before = snapshot(server.db);
    const clash = (await sync(server, server.a.worker, [{ ...c, body: body({ people: 4 }) }])).json.results[0];
    expect(clash).toMatchObject({ id: c.id, status: 'conflict', revision: 1, server: c });
    expect(snapshot(server.db)).toEqual(before);
  });

  it('[S16] deleting sends a tombstone: listed with body null, and the delete can be resent', async () => {
    const c = contact();
    await sync(server, server.a.worker, [c]);
    const gone = tombstone(c);
    expect(statuses(await sync(server, server.a.worker, [gone]))).toEqual(['updated']);
    expect(statuses(await sync(server, server.a.worker, [gone]))).toEqual(['unchanged']);
    expect((await listA()).find((x) => x.id === c.id)).toEqual(gone);
  });

  it('[S11] one invalid contact is rejected with a reason; the rest of the batch is applied', async () => {
    const good = contact();
    const response = await sync(server, server.a.worker, [
      good,
      { ...contact(), body: body({ note: 'x'.repeat(5001) }) },
      { ...contact(), deleted: false, body: null },
      { ...contact(), deleted: true },
      { ...contact(), id: good.id.toUpperCase() },
      { ...contact(), revision: 1.5 },
      { ...contact(), body: { ...body(), occurredAt: undefined } },
      { ...contact(), body: { ...body(), fullName: 'Jo' } },
    ]);
    expect(response.status).toBe(200);
    expect(statuses(response)).toEqual(['created', ...Array(7).fill('rejected')]);
    const reasons = response.json.results.map((r) => r.reason ?? '');
    expect(reasons[1]).toMatch(/body\.note/);
    expect(reasons[2]).toMatch(/body/);
    expect(reasons[3]).toMatch(/body/);
    expect(reasons[4]).toMatch(/id/);
    expect(reasons[5]).toMatch(/revision/);
    expect(reasons[6]).toMatch(/occurredAt/);
    expect(reasons[7]).toMatch(/^body: 1 unknown key/);
    expect((await listA()).some((x) => x.id === good.id)).toBe(true);
  });

  it('[S2] ids are lowercase UUID v4 generated by the client', async () => {
    const base = contact();
    const ids = [
      base.id.toUpperCase(),
      '6ba7b810-9dad-11d1-80b4-00c04fd430c8', // v1
      '00000000-0000-0000-0000-000000000000',
      base.id.replace(/-/g, ''),
      ` ${base.id}`,
    ];
    const response = await sync(
      server,
      server.a.worker,
      ids.map((id) => ({ ...base, id })),
    );
    expect(statuses(response)).toEqual(ids.map(() => 'rejected'));
    expect(response.json.results.map((r) => r.id)).toEqual(ids);
    expect(response.json.results.every((r) => /^id: /.test(r.reason ?? ''))).toBe(true);
  });

  it('[S3] revisions are integers from 1 up', async () => {
    const revisions = [0, -1, 1.5, 2 ** 53, '2', null];
    const response = await sync(
      server,
      server.a.worker,
      revisions.map((revision) => ({ ...contact(), revision })),
    );
    expect(statuses(response)).toEqual(revisions.map(() => 'rejected'));
    expect(response.json.results.every((r) => /^revision: /.test(r.reason ?? ''))).toBe(true);
    // The schema allows up to 2^53 − 1, but a new contact may start at most 1000 high ([S96]).
    expect(statuses(await sync(server, server.a.worker, [contact({ revision: 1000 })]))).toEqual(['created']);
    expect(statuses(await sync(server, server.a.worker, [contact({ revision: 2 ** 53 - 1 })]))).toEqual(['rejected']);
  });

  it('[S5] the largest valid contact is accepted', async () => {
    const big = contact({
      body: body({
        place: 'p'.repeat(200),
        note: 'é'.repeat(5000),
        people: 500,
        followUpDate: '2025-04-01',
        kind: 'other',
        ageBands: ['under-13', '13-15', '16-17', '18-25', 'over-25'],
        topics: Array.from({ length: 20 }, (_, i) => `topic-${i}`),
        schemes: Array.from({ length: 30 }, (_, i) => `scheme-${i}`),
        // [S81] The most referrals, each with the most steps and ids of the longest length.
        referrals: Array.from({ length: MAX_REFERRALS }, (_, i) => ({
          id: randomUUID(),
          schemeId: `s${i}-${'x'.repeat(56)}`.slice(0, 60),
          checklistId: `referral-${'c'.repeat(51)}`,
          startedAt: '2025-03-14T21:05:00.000+01:00',
          stepsDone: Array.from({ length: MAX_REFERRAL_STEPS }, (_, j) => `step-${j}-${'y'.repeat(50)}`.slice(0, 60)),
          outcome: 'not-pursued' as const,
          followUpDate: '2025-04-01',
          updatedAt: '2025-03-14T21:05:00.000+01:00',
        })),
      }),
    });
    expect(JSON.stringify(big).length).toBeLessThan(100_000);
    expect(statuses(await sync(server, server.a.worker, [big]))).toEqual(['created']);
  });

  it(`[S10] ${MAX_BATCH_CONTACTS} contacts are accepted; one more is 413 batch_too_large and writes nothing`, async () => {
    const full = Array.from({ length: MAX_BATCH_CONTACTS }, () => contact());
    expect(statuses(await sync(server, server.a.worker, full))).toEqual(full.map(() => 'created'));
    const before = snapshot(server.db);
    const tooMany = await sync(server, server.a.worker, [
      ...Array.from({ length: MAX_BATCH_CONTACTS }, () => contact()),
      contact(),
    ]);
    expect(await expectError(tooMany, 413, 'batch_too_large')).toMatch(/500/);
    expect(snapshot(server.db)).toEqual(before);
  });

  it('[S10] a body over 1 MiB is 413 payload_too_large and writes nothing', async () => {
    const before = snapshot(server.db);
    const huge = JSON.stringify({ contacts: [contact({ body: body({ note: 'x'.repeat(1024 * 1024) }) })] });
    await expectError(await post(huge), 413, 'payload_too_large');
    expect(snapshot(server.db)).toEqual(before);
  });

  it('[S1][S10] gzip bodies are accepted; the 1 MiB limit applies to the inflated size', async () => {
    const gzipPost = (payload: string) =>
      api(server, '/api/v1/sync', {
        method: 'POST',
        token: server.a.worker,
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync(payload),
      });
    const small = await gzipPost(JSON.stringify({ contacts: [contact()] }));
    expect(small.status).toBe(200);
    const before = snapshot(server.db);
    const bomb = JSON.stringify({ contacts: [contact({ body: body({ note: 'x'.repeat(5 * 1024 * 1024) }) })] });
    await expectError(await gzipPost(bomb), 413, 'payload_too_large');
    expect(snapshot(server.db)).toEqual(before);
  });

  it.each([
    ['{}', /contacts/],
    ['{"contacts":[]}', /contacts/],
    ['{"contacts":{}}', /contacts/],
    ['[]', /body|object/],
    ['"contacts"', /object/],
    ['null', /object/],
    [JSON.stringify({ contacts: [contact()], extra: 1 }), /1 unknown key/],
  ])('[S10] envelope %s → 400 invalid_request naming the problem, nothing written', async (payload, pattern) => {
    const before = snapshot(server.db);
    expect(await expectError(await post(payload), 400, 'invalid_request')).toMatch(pattern);
    expect(snapshot(server.db)).toEqual(before);
  });

  it.each(['{"contacts":[', '', '{"contacts": [1,]}', '\u0000', '{"__proto__":{"x":1},"contacts":[]}'])(
    '[S1] malformed JSON %j → 400, nothing written',
    async (payload) => {
      const before = snapshot(server.db);
      await expectError(await post(payload), 400, 'bad_request');
      expect(snapshot(server.db)).toEqual(before);
    },
  );

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml'])(
    '[S1] Content-Type %s → 415, nothing written',
    async (type) => {
      const before = snapshot(server.db);
      await expectError(await post(JSON.stringify({ contacts: [contact()] }), type), 415, 'unsupported_media_type');
      expect(snapshot(server.db)).toEqual(before);
    },
  );

  it('[S1] a body without Content-Type → 415', async () => {
    const response = await api(server, '/api/v1/sync', {
      method: 'POST',
      token: server.a.worker,
      body: new Blob([JSON.stringify({ contacts: [contact()] })]),
    });
    await expectError(response, 415, 'unsupported_media_type');
  });

  it('[S1] application/json with a charset parameter is accepted', async () => {
    const response = await post(JSON.stringify({ contacts: [contact()] }), 'application/json; charset=utf-8');
    expect(response.status).toBe(200);
  });

  it('[S50] other methods on /api/v1/sync → 405 with Allow', async () => {
    const response = await api(server, '/api/v1/sync', { token: server.a.worker });
    expect(response.headers.get('allow')).toBe('POST');
    await expectError(response, 405, 'method_not_allowed');
  });
});

describe('rejection reasons (issue #13)', () => {
  let server: SyncTestServer;
  beforeAll(async () => {
    server = await startSyncServer();
  });
  afterAll(() => server.close());

  it('[S11] never echo unknown keys, in a contact or in the envelope', async () => {
    const secretKey = 'Samir_from_building_B';
    const withKey = { ...contact(), [secretKey]: 1, body: { ...body(), [`${secretKey}2`]: 2 } };
    const answer = await sync(server, server.a.worker, [withKey]);
    expect(statuses(answer)).toEqual(['rejected']);
    expect(answer.json.results[0]?.reason).toMatch(/unknown key/);
    expect(JSON.stringify(answer.json)).not.toContain('Samir');
    const envelope = await api<{ error: string; message: string }>(server, '/api/v1/sync', {
      method: 'POST',
      token: server.a.worker,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ contacts: [contact()], [secretKey]: true }),
    });
    expect(envelope.status).toBe(400);
    expect(envelope.json.message).toMatch(/1 unknown key/);
    expect(envelope.json.message).not.toContain('Samir');
  });

  it('[S1] invalid UTF-8 is 400 and a non-UTF-8 charset is 415; nothing is written', async () => {
    const before = snapshot(server.db);
    const json = Buffer.from(JSON.stringify({ contacts: [contact({ body: body({ note: 'caf\u00e9' }) })] }), 'utf8');
    const latin1 = Buffer.from(json.toString('utf8').replace('\u00e9', '\u0000'), 'utf8');
    latin1[latin1.indexOf(0)] = 0xe9; // "café" in ISO-8859-1: a lone 0xE9 byte is not UTF-8
    const post = (payload: Buffer, contentType: string) =>
      api<{ error: string }>(server, '/api/v1/sync', {
        method: 'POST',
        token: server.a.worker,
        headers: { 'content-type': contentType },
        body: new Uint8Array(payload),
      });
    const invalid = await post(latin1, 'application/json');
    expect(invalid.status).toBe(400);
    expect(invalid.json.error).toBe('bad_request');
    expect((await post(json, 'application/json; charset=iso-8859-1')).status).toBe(415);
    expect((await post(json, 'application/json; charset="windows-1252"')).status).toBe(415);
    expect(snapshot(server.db)).toEqual(before);
    expect((await post(json, 'application/json; charset=UTF-8')).status).toBe(200);
  });
});
