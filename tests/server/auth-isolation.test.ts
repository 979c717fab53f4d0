import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactsPage, MeResponse } from '../../src/shared/protocol/protocol';
import { generateToken } from '../../server/auth/tokens';
import { api, body, contact, snapshot, startSyncServer, statuses, sync, type SyncTestServer } from './sync-helpers';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

const ENDPOINTS: Array<[string, string]> = [
  ['POST', '/api/v1/sync'],
  ['GET', '/api/v1/me'],
  ['GET', '/api/v1/contacts'],
  ['GET', '/api/v1/export.csv'],
];

function request(method: string, path: string, authorization?: string) {
  return api(server, path, {
    method,
    headers: {
      ...(authorization === undefined ? {} : { authorization }),
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
    },
    ...(method === 'POST' ? { body: JSON.stringify({ contacts: [contact()] }) } : {}),
  });
}

describe('authentication', () => {
  it.each(ENDPOINTS)('[S6] %s %s without a token → 401 with WWW-Authenticate: Bearer', async (method, path) => {
    const response = await request(method, path);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="limits-terrain"');
    expect(response.json).toEqual({ error: 'unauthorized', message: expect.stringMatching(/bearer/i) });
  });

  it.each([
    ['an unknown token', `Bearer ${generateToken()}`],
    ['a malformed token', 'Bearer lt_short'],
    ['a token without its prefix', `Bearer ${generateToken().slice(3)}`],
    ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['an empty bearer', 'Bearer '],
  ])('[S6] %s → 401 invalid_token, nothing written', async (_name, authorization) => {
    const before = snapshot(server.db);
    for (const [method, path] of ENDPOINTS) {
      const response = await request(method, path, authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="limits-terrain", error="invalid_token"');
    }
    expect(snapshot(server.db)).toEqual(before);
  });

  it('[S6] the scheme is case-insensitive', async () => {
    expect((await request('GET', '/api/v1/me', `bearer ${server.a.worker}`)).status).toBe(200);
  });

  it('[S6] a revoked token → 401 at once; the team’s other tokens keep working', async () => {
    const { id, token } = await server.teams.addToken('Team A', 'worker', 'lost phone');
    expect((await api(server, '/api/v1/me', { token })).status).toBe(200);
    await server.teams.revokeToken(id);
    const before = snapshot(server.db);
    const refused = await sync(server, token, [contact()]);
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.json)).toMatch(/revoked/);
    expect(snapshot(server.db)).toEqual(before);
    expect((await api(server, '/api/v1/me', { token: server.a.worker })).status).toBe(200);
  });

  it('[S32] GET /api/v1/me says which team, role and label the token is', async () => {
    const me = await api<MeResponse>(server, '/api/v1/me', { token: server.b.coordinator });
    expect(me.json).toEqual({ team: 'Team B', role: 'coordinator', label: 'coordinator of Team B' });
    expect(me.headers.get('cache-control')).toBe('no-store');
  });

  it('records when a token was last used', async () => {
    const { id, token } = await server.teams.addToken('Team B', 'worker', 'fresh');
    expect((await server.teams.listTokens()).find((t) => t.id === id)?.lastUsedAt).toBeNull();
    await api(server, '/api/v1/me', { token });
    expect((await server.teams.listTokens()).find((t) => t.id === id)?.lastUsedAt).toEqual(expect.any(String));
  });
});

describe('roles', () => {
  it.each(['/api/v1/contacts', '/api/v1/export.csv'])('[S7] a worker on %s → 403', async (path) => {
    for (const method of ['GET', 'HEAD']) {
      const response = await api(server, path, { method, token: server.a.worker });
      expect(response.status).toBe(403);
    }
    expect((await api(server, path, { token: server.a.worker })).json).toEqual({
      error: 'forbidden',
      message: expect.stringMatching(/coordinator/),
    });
  });

  it('[S7] a coordinator may sync as well', async () => {
    expect(statuses(await sync(server, server.a.coordinator, [contact()]))).toEqual(['created']);
  });
});

describe('team isolation', () => {
  it('[S4] the same id synced by two teams makes two contacts; neither team sees or touches the other’s', async () => {
    const mine = contact({ revision: 3, body: body({ note: 'team A only', place: 'Gare' }) });
    await sync(server, server.a.worker, [mine]);
    const rowA = () =>
      server.db.prepare('SELECT * FROM contacts WHERE team_id = ? AND id = ?').get(server.a.teamId, mine.id);
    const before = rowA();

    // Same id, lower, equal and higher revisions from team B: never stale/conflict against team A's row.
    const fromB = (revision: number, note: string) => ({ ...mine, revision, body: body({ note }) });
    expect((await sync(server, server.b.worker, [fromB(1, 'b1')])).json.results[0]).toEqual({
      id: mine.id,
      status: 'created',
      revision: 1,
    });
    expect(statuses(await sync(server, server.b.worker, [fromB(3, 'b3')]))).toEqual(['updated']);
    expect(statuses(await sync(server, server.b.worker, [fromB(9, 'b9')]))).toEqual(['updated']);
    expect(statuses(await sync(server, server.b.worker, [{ ...fromB(10, ''), deleted: true, body: null }]))).toEqual([
      'updated',
    ]);
    expect(rowA()).toEqual(before);

    const pageA = await api<ContactsPage>(server, '/api/v1/contacts?limit=1000', { token: server.a.coordinator });
    const pageB = await api<ContactsPage>(server, '/api/v1/contacts?limit=1000', { token: server.b.coordinator });
    expect(pageA.json.contacts.find((c) => c.id === mine.id)).toEqual(mine);
    expect(pageB.json.contacts.find((c) => c.id === mine.id)).toMatchObject({ revision: 10, deleted: true });
    expect(JSON.stringify(pageB.json)).not.toContain('team A only');

    const csvB = await api<string>(server, '/api/v1/export.csv', { token: server.b.coordinator });
    expect(csvB.json).not.toContain('team A only');
    expect(csvB.json).not.toContain(mine.id);
    const csvA = await api<string>(server, '/api/v1/export.csv', { token: server.a.coordinator });
    expect(csvA.json).toContain('team A only');
  });

  it('[S4] a cursor from another team reveals nothing of it', async () => {
    await sync(server, server.a.worker, [contact({ body: body({ note: 'secret of A' }) })]);
    const all = await api<ContactsPage>(server, '/api/v1/contacts?since=0&limit=1000', { token: server.b.coordinator });
    expect(JSON.stringify(all.json)).not.toContain('secret of A');
    const idsB = new Set(
      server.db.prepare('SELECT id FROM contacts WHERE team_id = ?').pluck().all(server.b.teamId) as string[],
    );
    expect(all.json.contacts.every((c) => idsB.has(c.id))).toBe(true);
  });
});
