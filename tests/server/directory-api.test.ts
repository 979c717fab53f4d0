/** GET / PUT /api/v1/directory over real HTTP, with a real SQLite file ([S70]–[S79] in docs/SPEC.md). */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectorySchema, MAX_DIRECTORY_ENTRIES, type Directory } from '../../src/shared/directory/schema';
import { directorySnapshot, entry, getDirectory, putDirectory } from './directory-helpers';
import { api, startSyncServer, type SyncTestServer } from './sync-helpers';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

describe('publishing and reading', () => {
  it('[S73] before any publication every member reads an empty directory at version 0, not a 404', async () => {
    const other = await startSyncServer();
    try {
      for (const token of [other.a.worker, other.a.coordinator]) {
        const response = await getDirectory(other, token);
        expect(response.status).toBe(200);
        expect(response.json).toEqual({ version: 0, updatedAt: null, entries: [] });
        expect(response.headers.get('etag')).toMatch(/^"0-[0-9a-f]{16}"$/);
      }
    } finally {
      await other.close();
    }
  });

  it('[S74][S73] the coordinator publishes; the team’s worker reads exactly that', async () => {
    const current = (await getDirectory(server, server.a.coordinator)).json.version;
    const entries = [entry(), entry({ schemeId: 'e2c', name: 'E2C Seine-Saint-Denis', phone: '+33 1 48 00 00 00' })];
    const put = await putDirectory(server, server.a.coordinator, { baseVersion: current, entries });
    expect(put.status).toBe(200);
    const published = DirectorySchema.parse(put.json);
    expect(published).toMatchObject({ version: current + 1, entries });
    expect(Date.parse(published.updatedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);

    const read = await getDirectory(server, server.a.worker);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(published);
    expect(read.headers.get('etag')).toBe(put.headers.get('etag'));
    expect(read.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('[S74] every publication that changes the content is the next version; the same content again is not', async () => {
    const start = (await getDirectory(server, server.a.coordinator)).json.version;
    const entries = [entry({ name: 'ML Nord' })];
    expect((await putDirectory(server, server.a.coordinator, { entries })).json.version).toBe(start + 1);
    const before = directorySnapshot(server.db);
    const again = await putDirectory(server, server.a.coordinator, { entries, baseVersion: start });
    expect(again.status).toBe(200);
    expect(again.json.version).toBe(start + 1);
    expect(directorySnapshot(server.db)).toEqual(before);
    const changed = await putDirectory(server, server.a.coordinator, { entries: [...entries, entry()] });
    expect(changed.json.version).toBe(start + 2);
  });

  it('[S71] values are stored trimmed', async () => {
    const put = await putDirectory(server, server.a.coordinator, {
      entries: [entry({ name: '  Point écoute jeunes  ', phone: ' 01 23 45 67 89 ' })],
    });
    expect(put.status).toBe(200);
    expect(put.json.entries[0]).toMatchObject({ name: 'Point écoute jeunes', phone: '01 23 45 67 89' });
  });
});

describe('roles and teams', () => {
  it('[S7][S74] a worker cannot publish: 403, nothing written, even with a bad body', async () => {
    const before = directorySnapshot(server.db);
    for (const body of [{ entries: [entry()] }, '{not json', { entries: 'x' }]) {
      const response = await putDirectory(server, server.a.worker, body);
      expect(response.status).toBe(403);
      expect(response.json).toEqual({ error: 'forbidden', message: 'This endpoint needs a coordinator token' });
    }
    expect(directorySnapshot(server.db)).toEqual(before);
  });

  it('[S6] no token → 401 on both methods', async () => {
    expect((await api(server, '/api/v1/directory')).status).toBe(401);
    const put = await api(server, '/api/v1/directory', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ entries: [] }),
    });
    expect(put.status).toBe(401);
  });

  it('[S4][S73] each team reads and writes only its own directory', async () => {
    const a = [entry({ name: 'Only for team A' })];
    const b = [entry({ name: 'Only for team B' })];
    await putDirectory(server, server.a.coordinator, { entries: a });
    const bStart = (await getDirectory(server, server.b.worker)).json.version;
    await putDirectory(server, server.b.coordinator, { entries: b });
    expect((await getDirectory(server, server.a.worker)).json.entries).toEqual(a);
    expect((await getDirectory(server, server.b.worker)).json.entries).toEqual(b);
    expect((await getDirectory(server, server.b.worker)).json.version).toBe(bStart + 1);
    // Team B's baseVersion is about team B only: team A's higher version is no conflict for B.
    const aVersion = (await getDirectory(server, server.a.worker)).json.version;
    expect(aVersion).toBeGreaterThan(bStart + 1);
    expect((await putDirectory(server, server.b.coordinator, { baseVersion: bStart + 1, entries: a })).status).toBe(
      200,
    );
    expect((await getDirectory(server, server.a.worker)).json.version).toBe(aVersion);
  });
});

describe('refused publications change nothing', () => {
  const refusals: Array<[string, number, string, unknown, Record<string, string>?]> = [
    ['not JSON', 400, 'bad_request', '{"entries": ['],
    ['empty body', 400, 'bad_request', ''],
    ['a list instead of an object', 400, 'invalid_request', [entry()]],
    ['no entries', 400, 'invalid_request', { baseVersion: 1 }],
    ['entries not a list', 400, 'invalid_request', { entries: { a: 1 } }],
    ['an unknown envelope key', 400, 'invalid_request', { entries: [], version: 3 }],
    ['a negative baseVersion', 400, 'invalid_request', { entries: [], baseVersion: -1 }],
    ['a fractional baseVersion', 400, 'invalid_request', { entries: [], baseVersion: 1.5 }],
    ['a bad phone', 422, 'invalid_directory', { entries: [entry(), entry({ phone: '12' })] }],
    ['a missing name', 422, 'invalid_directory', { entries: [{ id: entry().id, schemeId: 'cej' }] }],
    ['a field about a young person', 422, 'invalid_directory', { entries: [{ ...entry(), youngPerson: 'Kevin' }] }],
    ['a repeated id', 422, 'invalid_directory', { entries: [entry({ id: ID }), entry({ id: ID })] }],
    ['a javascript: map link', 422, 'invalid_directory', { entries: [entry({ mapUrl: 'javascript:alert(1)' })] }],
    ['text/plain', 415, 'unsupported_media_type', { entries: [] }, { 'content-type': 'text/plain' }],
    ['form data', 415, 'unsupported_media_type', 'entries=1', { 'content-type': 'application/x-www-form-urlencoded' }],
  ];

  it.each(refusals)('[S74][S50] %s → %i %s', async (_name, status, code, body, headers) => {
    const before = directorySnapshot(server.db);
    const current = await getDirectory(server, server.a.worker);
    const response = await putDirectory(server, server.a.coordinator, body, headers);
    expect(response.status).toBe(status);
    expect(response.json).toEqual({ error: code, message: expect.any(String) });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(directorySnapshot(server.db)).toEqual(before);
    expect((await getDirectory(server, server.a.worker)).json).toEqual(current.json);
  });

  it('[S74] a 422 names each bad entry and field, never the value', async () => {
    const response = await putDirectory(server, server.a.coordinator, {
      entries: [entry(), entry({ phone: 'Kevin 06' }), entry({ email: 'kevin@' })],
    });
    expect(response.status).toBe(422);
    expect((response.json as unknown as { message: string }).message).toBe(
      'entries.1.phone: not a phone number (e.g. 01 23 45 67 89 or +33 1 23 45 67 89); ' +
        'entries.2.email: not an e-mail address',
    );
  });

  it(`[S72] more than ${MAX_DIRECTORY_ENTRIES} entries → 422`, async () => {
    const entries = Array.from({ length: MAX_DIRECTORY_ENTRIES + 1 }, () => ({
      id: entry().id,
      schemeId: 'cej',
      name: 'CEJ',
    }));
    const response = await putDirectory(server, server.a.coordinator, { entries });
    expect(response.status).toBe(422);
    expect(response.json).toEqual({
      error: 'invalid_directory',
      message: `entries: at most ${MAX_DIRECTORY_ENTRIES} entries`,
    });
  });

  it('[S72][S10] a body over 1 MiB → 413 payload_too_large, nothing written', async () => {
    const before = directorySnapshot(server.db);
    const notes = 'n'.repeat(2000);
    const entries = Array.from({ length: 600 }, () => entry({ notes }));
    const response = await putDirectory(server, server.a.coordinator, { entries });
    expect(response.status).toBe(413);
    expect(response.json).toEqual({ error: 'payload_too_large', message: expect.any(String) });
    expect(directorySnapshot(server.db)).toEqual(before);
  });

  it('[S74] baseVersion not current → 409 version_conflict with the current ETag; nothing written', async () => {
    const current = await getDirectory(server, server.a.coordinator);
    const before = directorySnapshot(server.db);
    const stale = current.json.version - 1;
    const response = await putDirectory(server, server.a.coordinator, { baseVersion: stale, entries: [entry()] });
    expect(response.status).toBe(409);
    expect(response.json).toEqual({
      error: 'version_conflict',
      message: expect.stringContaining(`publish with baseVersion ${current.json.version}`),
    });
    expect(response.headers.get('etag')).toBe(current.headers.get('etag'));
    expect(directorySnapshot(server.db)).toEqual(before);
    const ahead = await putDirectory(server, server.a.coordinator, {
      baseVersion: current.json.version + 5,
      entries: [entry()],
    });
    expect(ahead.status).toBe(409);
    // After merging on the current version, the publication goes through.
    const ok = await putDirectory(server, server.a.coordinator, {
      baseVersion: current.json.version,
      entries: [entry()],
    });
    expect(ok.status).toBe(200);
  });
});

const ID = '11111111-2222-4333-8444-555555555555';

describe('cheap polling', () => {
  it('[S78] If-None-Match with the current ETag → 304 without a body; a new version → 200', async () => {
    const first = await getDirectory(server, server.a.worker);
    const etag = first.headers.get('etag') ?? '';
    for (const ifNoneMatch of [etag, `W/${etag}`, `"x", ${etag}`, '*']) {
      const response = await getDirectory(server, server.a.worker, {
        'if-none-match': ifNoneMatch,
        'accept-encoding': 'gzip, br',
      });
      expect(response.status).toBe(304);
      expect(response.json).toBe('');
      expect(response.headers.get('etag')).toBe(etag);
      expect(response.headers.get('cache-control')).toBe('private, no-cache');
    }
    expect((await getDirectory(server, server.a.worker, { 'if-none-match': '"0-0000"' })).status).toBe(200);

    await putDirectory(server, server.a.coordinator, { entries: [...first.json.entries, entry({ name: 'Nouveau' })] });
    const after = await getDirectory(server, server.a.worker, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.json.version).toBe(first.json.version + 1);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it('[S78] another team’s ETag never gives a 304', async () => {
    const a = await getDirectory(server, server.a.worker);
    const b = await getDirectory(server, server.b.worker, { 'if-none-match': a.headers.get('etag') ?? '' });
    expect(b.status).toBe(200);
  });

  it('[S78] a big directory is compressed on the wire', async () => {
    const entries = Array.from({ length: 200 }, (_, i) =>
      entry({ name: `Structure ${i}`, notes: 'Permanence le mardi' }),
    );
    await putDirectory(server, server.a.coordinator, { entries });
    const response = await fetch(`${server.baseUrl}/api/v1/directory`, {
      headers: { authorization: `Bearer ${server.a.worker}`, 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(((await response.json()) as Directory).entries).toHaveLength(200);
  });
});

describe('logs', () => {
  it('[S79][S52] a publication logs team, token, version and counts; never an entry field', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logged = await startSyncServer({ logger: { level: 'info', stream } });
    try {
      const secret = entry({ name: 'Structure Secrète', phone: '01 99 99 99 99', notes: 'Note privée' });
      await putDirectory(logged, logged.a.coordinator, { entries: [secret] });
      await putDirectory(logged, logged.a.coordinator, { entries: [{ ...secret, phone: 'Kevin 06', extraKey: 1 }] });
      await getDirectory(logged, logged.a.worker);
      const all = lines.join('');
      expect(all).toContain('"msg":"directory publish"');
      expect(all).toMatch(/"status":"published","version":1,"entries":1/);
      for (const value of ['Secrète', '01 99', 'privée', 'Kevin', 'extraKey', secret.id, logged.a.coordinator]) {
        expect(all).not.toContain(value);
      }
    } finally {
      await logged.close();
    }
  });
});

describe('method and OpenAPI', () => {
  it('POST or DELETE on /api/v1/directory → 405 with Allow', async () => {
    for (const method of ['POST', 'DELETE']) {
      const response = await api(server, '/api/v1/directory', { method, token: server.a.coordinator });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, PUT');
    }
  });

  it('[S53] the OpenAPI document describes both methods and the directory schemas', async () => {
    const doc = (
      await api<{ paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } }>(
        server,
        '/api/v1/openapi.json',
      )
    ).json;
    expect(Object.keys(doc.paths['/api/v1/directory'] ?? {})).toEqual(['get', 'put']);
    expect(doc.components.schemas).toHaveProperty('DirectoryEntry');
    expect(doc.components.schemas).toHaveProperty('DirectoryPutRequest');
  });
});
