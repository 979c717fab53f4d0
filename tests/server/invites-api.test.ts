/**
 * [S94] Invites over real HTTP: a join link carries a short-lived, single-use invite; the device exchanges it by
 * POST for its own long-lived token, which never appears in a URL. Checking does not use an invite; a used,
 * expired or unknown one is refused in the same words; wrong ones count as failed authentications ([S51]).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InviteStore } from '../../server/auth/invite-store';
import { InviteInfoSchema, JoinResponseSchema } from '../../src/shared/protocol/protocol';
import { startTestServer, type TestServer } from './helpers';
import { api, NO_LIMITS, startSyncServer, type SyncTestServer } from './sync-helpers';

let server: SyncTestServer;
let invites: InviteStore;
beforeAll(async () => {
  server = await startSyncServer();
  invites = server.stores.invites;
});
afterAll(() => server.close());

const post = (target: Pick<TestServer, 'baseUrl'>, path: string, payload: unknown, headers = {}) =>
  api<Record<string, unknown>>(target, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

describe('invites', () => {
  it('[S94] check names the team without using the invite; join gives a working token once, then 401', async () => {
    const { invite, expiresAt } = await invites.addInvite('Team A', 'worker', 'Phone of Sam', 10);
    for (let i = 0; i < 2; i += 1) {
      const checked = await post(server, '/api/v1/invites/check', { invite });
      expect(checked.status).toBe(200);
      expect(InviteInfoSchema.parse(checked.json)).toEqual({
        team: 'Team A',
        role: 'worker',
        label: 'Phone of Sam',
        expiresAt,
      });
      expect(checked.headers.get('cache-control')).toBe('no-store');
    }
    const joined = await post(server, '/api/v1/join', { invite });
    expect(joined.status).toBe(200);
    const { token, ...me } = JoinResponseSchema.parse(joined.json);
    expect(me).toEqual({ team: 'Team A', role: 'worker', label: 'Phone of Sam' });
    expect((await api(server, '/api/v1/me', { token })).json).toEqual(me);

    for (const path of ['/api/v1/join', '/api/v1/invites/check']) {
      const again = await post(server, path, { invite });
      expect(again.status).toBe(401);
      expect(again.json).toEqual({
        error: 'invalid_invite',
        message: 'This invite is unknown, expired or already used; ask your coordinator for a new one',
      });
    }
    // The token is an ordinary one: `token revoke` works as before.
    const row = server.db.prepare('SELECT token_id AS id FROM invites WHERE token_id IS NOT NULL').get() as {
      id: number;
    };
    server.teams.revokeToken(row.id);
    expect((await api(server, '/api/v1/me', { token })).status).toBe(401);
  });

  it('[S94] an expired invite and an unknown one get the same 401 as a used one', async () => {
    const { invite } = await invites.addInvite('Team B', 'coordinator', 'Office', 1);
    server.db.prepare("UPDATE invites SET expires_at = '2000-01-01T00:00:00.000Z' WHERE label = 'Office'").run();
    const expired = await post(server, '/api/v1/join', { invite });
    const unknown = await post(server, '/api/v1/join', { invite: `li_${'A'.repeat(22)}` });
    const malformed = await post(server, '/api/v1/join', { invite: 'lt_not-an-invite' });
    for (const answer of [expired, unknown, malformed]) {
      expect(answer.status).toBe(401);
      expect(answer.json.error).toBe('invalid_invite');
    }
  });

  it('[S94] two devices racing with one invite: exactly one gets a token', async () => {
    const { invite } = await invites.addInvite('Team A', 'worker', 'Race', 10);
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(server, '/api/v1/join', { invite })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401, 401, 401, 401]);
  });

  it('[S1] [S50] bad bodies are 400/415 JSON errors, never 5xx, and use nothing', async () => {
    const { invite } = await invites.addInvite('Team A', 'worker', 'Bodies', 10);
    const cases: Array<[unknown, Record<string, string>, number]> = [
      ['{', {}, 400],
      [{ invite, extra: 1 }, {}, 400],
      [{ invite: 5 }, {}, 400],
      [[invite], {}, 400],
      [{ invite }, { 'content-type': 'text/plain' }, 415],
    ];
    for (const [payload, headers, status] of cases) {
      const answer = await post(server, '/api/v1/join', payload, headers);
      expect(answer.status).toBe(status);
      expect(typeof answer.json.error).toBe('string');
    }
    expect((await post(server, '/api/v1/join', { invite })).status).toBe(200);
  });

  it('[S51] [S94] guessing invites is rate-limited per address; the real invite still works from elsewhere', async () => {
    const limited = await startTestServer({ rateLimit: { ...NO_LIMITS, authFailures: 3 } });
    try {
      const store = limited.stores.invites;
      limited.db.prepare("INSERT INTO teams (name, created_at) VALUES ('Team C', '2025-01-01')").run();
      const { invite } = await store.addInvite('Team C', 'worker', 'x', 10);
      for (let i = 0; i < 3; i += 1) {
        expect((await post(limited, '/api/v1/join', { invite: `li_${String(i).repeat(22)}` })).status).toBe(401);
      }
      const blocked = await post(limited, '/api/v1/join', { invite });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      // Nothing was used by the refused attempt.
      expect(await store.check(invite)).toMatchObject({ team: 'Team C' });
    } finally {
      await limited.close();
    }
  });
});
