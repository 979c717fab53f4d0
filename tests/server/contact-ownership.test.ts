/**
 * Issue #13, "a worker can destroy any contact of its team whose id it knows", over real HTTP ([S95]–[S98]):
 * a worker changes only what its device created, coordinators anything; revision jumps are bounded; replies to a
 * non-owner carry no copy; earlier revisions are kept, readable by coordinators, restorable by the admin CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../server/admin/admin-cli';

import { MAX_REVISION_STEP } from '../../src/shared/protocol/sync-rule';
import { ContactHistorySchema, type Contact } from '../../src/shared/protocol/protocol';
import { api, body, contact, startSyncServer, statuses, sync, tombstone, type SyncTestServer } from './sync-helpers';

let server: SyncTestServer;
let intruder: string;
beforeAll(async () => {
  server = await startSyncServer();
  intruder = (await server.teams.addToken('Team A', 'worker', 'Another phone')).token;
});
afterAll(() => server.close());

async function stored(id: string): Promise<Contact | undefined> {
  const page = await api<{ contacts: Contact[] }>(server, '/api/v1/contacts?limit=1000', {
    token: server.a.coordinator,
  });
  return page.json.contacts.find((c) => c.id === id);
}

async function admin(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(args, { DATA_DIR: server.dataDir }, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('contacts protected inside a team', () => {
  it('[S95] another worker of the team can neither change nor delete a contact; the author and coordinators can', async () => {
    const mine = contact({ body: body({ note: 'written by the author' }) });
    expect(statuses(await sync(server, server.a.worker, [mine]))).toEqual(['created']);

    const edit = { ...mine, revision: 2, body: body({ note: 'overwritten' }) };
    const refused = await sync(server, intruder, [edit, tombstone(mine, 3)]);
    expect(statuses(refused)).toEqual(['rejected', 'rejected']);
    for (const result of refused.json.results) {
      expect(result.reason).toMatch(/created by another device of the team: only a coordinator/);
      expect(result).not.toHaveProperty('server');
      expect(result).not.toHaveProperty('revision');
    }
    expect(await stored(mine.id)).toEqual(mine);

    // The author's own next revision goes through; so does a coordinator's.
    const second = { ...mine, revision: 2, body: body({ note: 'second visit' }) };
    expect(statuses(await sync(server, server.a.worker, [second]))).toEqual(['updated']);
    const byCoordinator = { ...mine, revision: 3, body: body({ note: 'corrected by the office' }) };
    expect(statuses(await sync(server, server.a.coordinator, [byCoordinator]))).toEqual(['updated']);
    expect(await stored(mine.id)).toEqual(byCoordinator);
  });

  it('[S96] the 2^53−1 deletion and any jump over the bound are refused; the author keeps syncing', async () => {
    const mine = contact();
    await sync(server, server.a.worker, [mine]);
    const cases = [
      tombstone(mine, 2 ** 53 - 1),
      { ...mine, revision: 1 + MAX_REVISION_STEP + 1 },
      contact({ revision: MAX_REVISION_STEP + 1 }),
    ];
    for (const sent of cases) {
      for (const token of [server.a.worker, server.a.coordinator]) {
        const answer = await sync(server, token, [sent]);
        expect(statuses(answer)).toEqual(['rejected']);
        expect(answer.json.results[0]?.reason).toMatch(/^revision: more than 1000 above the server's/);
      }
    }
    const next = { ...mine, revision: 2, body: body({ note: 'later' }) };
    expect(statuses(await sync(server, server.a.worker, [next]))).toEqual(['updated']);
    expect(statuses(await sync(server, server.a.worker, [{ ...next, revision: 2 + MAX_REVISION_STEP }]))).toEqual([
      'updated',
    ]);
  });

  it('[S97] stale and conflict replies carry the server copy to its owner and coordinators only', async () => {
    const mine = contact({ body: body({ note: 'private words' }) });
    await sync(server, server.a.worker, [mine, { ...mine, revision: 2 }]);
    const sameRevision = { ...mine, revision: 2, body: body({ note: 'guess' }) };
    const older = { ...mine, revision: 1, body: body({ note: 'guess' }) };

    const toIntruder = await sync(server, intruder, [sameRevision, older]);
    expect(statuses(toIntruder)).toEqual(['conflict', 'stale']);
    expect(JSON.stringify(toIntruder.json)).not.toContain('private words');
    for (const token of [server.a.worker, server.a.coordinator]) {
      const answer = await sync(server, token, [sameRevision, older]);
      expect(statuses(answer)).toEqual(['conflict', 'stale']);
      expect(answer.json.results.map((r) => r.server?.body?.note)).toEqual(['private words', 'private words']);
    }
  });

  it('[S98] earlier revisions are kept with their writer, readable by coordinators; the admin CLI restores one', async () => {
    const mine = contact({ body: body({ note: 'first words' }) });
    await sync(server, server.a.worker, [mine]);
    await sync(server, server.a.coordinator, [tombstone(mine, 2)]);

    const path = `/api/v1/contacts/${mine.id}/history`;
    const history = await api(server, path, { token: server.a.coordinator });
    expect(history.status).toBe(200);
    const parsed = ContactHistorySchema.parse(history.json);
    expect(parsed.revisions.map((r) => [r.contact.revision, r.contact.deleted])).toEqual([
      [1, false],
      [2, true],
    ]);
    const [first, second] = parsed.revisions.map((r) => r.writtenBy);
    expect(first).not.toBe(second);
    expect(first).toEqual(expect.any(Number));
    expect((await api(server, path, { token: server.a.worker })).status).toBe(403);
    expect((await api(server, path, { token: server.b.coordinator })).status).toBe(404);
    expect((await api(server, '/api/v1/contacts/not-an-id/history', { token: server.a.coordinator })).status).toBe(400);

    const listed = await admin(['contact', 'history', '--team', 'Team A', mine.id]);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/^revision\s+received\s+written by\s+deleted\n1\s+.*worker of Team A.*no\n2\s+.*yes$/);
    const restored = await admin(['contact', 'restore', '--team', 'Team A', mine.id, '1']);
    expect(restored).toMatchObject({ code: 0, out: `Revision 1 of ${mine.id} restored as revision 3.` });
    expect(await stored(mine.id)).toEqual({ ...mine, revision: 3 });
    expect((await admin(['contact', 'restore', '--team', 'Team B', mine.id, '1'])).code).toBe(1);
    expect((await admin(['contact', 'restore', '--team', 'Team A', mine.id, '9'])).code).toBe(1);

    // The author's device, still at revision 1, is told the server moved on ([S44]) and gets the copy.
    const late = await sync(server, server.a.worker, [{ ...mine, revision: 2, body: body({ note: 'late edit' }) }]);
    expect(statuses(late)).toEqual(['stale']);
    expect(late.json.results[0]?.server?.body?.note).toBe('first words');
  });

  it('[S95] a phone joining again with `invite add --replaces` keeps the contacts it created', async () => {
    const id = (server.db.prepare("SELECT id FROM tokens WHERE label = 'worker of Team A'").get() as { id: number }).id;
    const mine = contact();
    await sync(server, server.a.worker, [mine]);
    const { invite } = await server.stores.invites.addInvite('Team A', 'worker', 'Same phone', 10, id);
    const joined = await api<{ token: string }>(server, '/api/v1/join', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite }),
    });
    await server.teams.revokeToken(id);
    expect(statuses(await sync(server, joined.json.token, [{ ...mine, revision: 2 }]))).toEqual(['updated']);
    await expect(server.stores.invites.addInvite('Team B', 'worker', 'x', 10, id)).rejects.toThrow(/No token/);
  });

  it('[S95] contacts stored before ownership existed stay writable by the team, as before', async () => {
    const legacy = contact();
    expect(statuses(await sync(server, server.a.coordinator, [legacy]))).toEqual(['created']);
    server.db.prepare('UPDATE contacts SET created_by = NULL WHERE id = ?').run(legacy.id);
    expect(statuses(await sync(server, intruder, [{ ...legacy, revision: 2 }]))).toEqual(['updated']);
  });
});
