/**
 * The server and the admin CLI on PostgreSQL (DATABASE_URL): the same start-up (migrations included), the same
 * admin commands, the health route naming the database it really uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAdmin } from '../../server/admin/admin-cli';
import { loadConfig } from '../../server/config';
import { openPgPool } from '../../server/postgres/pg-pool';
import { pgStores } from '../../server/postgres/pg-stores';
import { startServer, type RunningServer } from '../../server/start-server';
import { openSqliteStores } from '../../server/store/sqlite-stores';
import type { Stores } from '../../server/store/stores';
import { makeTempDir, writeFakeDist } from './helpers';
import { describeWithPg, pgTestDatabase, type PgTestDatabase } from './pg-harness';
import { entry } from './directory-helpers';
import { api, body, contact, sync, tombstone } from './sync-helpers';

describeWithPg('server and admin CLI on PostgreSQL', () => {
  let database: PgTestDatabase;
  let tmp: string;
  let server: RunningServer | undefined;
  const env = (): Record<string, string> => ({
    DATABASE_URL: database.url,
    // Must not be used: everything goes to PostgreSQL.
    DATA_DIR: path.join(tmp, 'unused-data'),
    DIST_DIR: path.join(tmp, 'dist'),
    PORT: '0',
    LOG_LEVEL: 'silent',
  });
  const admin = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runAdmin(args, env(), { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  beforeAll(async () => {
    database = (await pgTestDatabase())!;
    tmp = makeTempDir('limits-pg-server-');
    writeFakeDist(path.join(tmp, 'dist'));
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('[S9] [S98] the admin CLI migrates and manages teams, tokens and history; the server serves them', async () => {
    // The CLI runs first, on an empty database: it applies the migrations itself.
    expect(await admin(['team', 'add', 'Quartier Nord'])).toMatchObject({
      code: 0,
      out: 'Team "Quartier Nord" created.',
    });
    expect((await admin(['team', 'add', 'quartier nord'])).err).toMatch(/already exists/);
    const added = await admin([
      'token',
      'add',
      '--team',
      'Quartier Nord',
      '--role',
      'coordinator',
      '--label',
      'Office',
    ]);
    const token = /code: (lt_\S+)/.exec(added.out)?.[1] ?? '';
    const id = /Token (\d+) created/.exec(added.out)?.[1] ?? '';
    expect(token).toMatch(/^lt_/);

    server = await startServer({ ...loadConfig(env()), rateLimit: { requestsPerMinute: 1e6, authFailures: 1e6 } });
    const running = { baseUrl: server.url };
    expect(fs.existsSync(path.join(tmp, 'unused-data'))).toBe(false);
    const health = await api(running, '/api/v1/health');
    expect(health).toMatchObject({ status: 200, json: { status: 'ok', db: 'postgres', writable: true } });
    expect((await api(running, '/api/v1/me', { token })).json).toEqual({
      team: 'Quartier Nord',
      role: 'coordinator',
      label: 'Office',
    });

    const c = contact({ body: body({ note: 'first' }) });
    await sync(running, token, [c]);
    await sync(running, token, [{ ...c, revision: 2, body: body({ note: 'second' }) }]);
    const history = await admin(['contact', 'history', '--team', 'Quartier Nord', c.id]);
    expect(history.out).toMatch(/^revision\s+received\s+written by\s+deleted\n1\s+.*Office.*no\n2\s+.*Office.*no$/);
    expect(await admin(['contact', 'restore', '--team', 'Quartier Nord', c.id, '1'])).toMatchObject({
      code: 0,
      out: `Revision 1 of ${c.id} restored as revision 3.`,
    });
    const listed = await api<{ contacts: unknown[] }>(running, '/api/v1/contacts', { token });
    expect(listed.json.contacts).toEqual([{ ...c, revision: 3 }]);

    expect((await admin(['token', 'list'])).out).toMatch(
      new RegExp(`^${id}\\s+Quartier Nord\\s+coordinator\\s+Office`, 'm'),
    );
    expect((await admin(['token', 'revoke', id])).code).toBe(0);
    expect((await api(running, '/api/v1/me', { token })).status).toBe(401);
  });

  it('a database that cannot be reached is a clear failure of the CLI, without the URL', async () => {
    const errors: string[] = [];
    const result = await runAdmin(
      ['team', 'list'],
      { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' },
      { out: () => undefined, err: (line) => errors.push(line) },
    );
    expect(result).toBe(1);
    expect(errors.join('\n')).toMatch(/database: PostgreSQL at 127\.0\.0\.1:1\/none/);
    expect(errors.join('\n')).not.toMatch(/secret/);
  });

  it("import sqlite: a SQLite server's whole database moves to an empty PostgreSQL one, verified, tokens kept", async () => {
    const target = (await pgTestDatabase())!;
    const sqliteDir = makeTempDir('limits-import-');
    let { stores: source } = openSqliteStores(sqliteDir);
    let imported: Stores | undefined;
    try {
      // A team with history, a directory, an invite, quota counts, and a revoked token.
      await source.teams.addTeam('Équipe Sud');
      await source.teams.addTeam('Équipe Est');
      const worker = await source.teams.addToken('Équipe Sud', 'worker', 'Phone');
      const lost = await source.teams.addToken('Équipe Sud', 'worker', 'Lost');
      await source.teams.revokeToken(lost.id);
      const writer = { tokenId: worker.id, device: worker.id, role: 'worker' as const };
      const contacts = Array.from({ length: 700 }, () => contact());
      await source.contacts.applyBatch(1, contacts, writer);
      await source.contacts.applyBatch(1, [{ ...contacts[0]!, revision: 2, body: body({ note: 'edited' }) }], writer);
      await source.contacts.applyBatch(1, [tombstone(contacts[1]!)], writer);
      await source.directory.publish(1, [entry()], { tokenId: worker.id });
      await source.usage.addWrites('2026-01-01', worker.id, 1, 702);
      const { invite } = await source.invites.addInvite('Équipe Sud', 'worker', 'Next phone', 60, worker.id);
      // The SQLite server is stopped before its data moves (docs/SERVER.md): closing commits what it held back.
      await source.close();
      source = openSqliteStores(sqliteDir).stores;

      const args = ['import', 'sqlite', sqliteDir];
      const run = async (url: string) => {
        const out: string[] = [];
        const err: string[] = [];
        const code = await runAdmin(args, { DATABASE_URL: url }, { out: (l) => out.push(l), err: (l) => err.push(l) });
        return { code, out: out.join('\n'), err: err.join('\n') };
      };
      const done = await run(target.url);
      expect(done.err).toBe('');
      expect(done.code).toBe(0);
      expect(done.out).toMatch(/^teams\s+2$/m);
      expect(done.out).toMatch(/^contacts\s+700$/m);
      expect(done.out).toMatch(/^contact_revisions\s+2$/m);
      // Only into an empty database.
      expect(await run(target.url)).toMatchObject({ code: 1, err: expect.stringMatching(/already has teams/) });

      imported = pgStores(openPgPool(target.url, () => undefined));
      // Before any authentication, which records a last use on each side.
      expect(await imported.teams.listTokens()).toEqual(await source.teams.listTokens());
      expect(await imported.teams.authenticate(worker.token)).toEqual(await source.teams.authenticate(worker.token));
      expect(await imported.teams.authenticate(lost.token)).toEqual({ ok: false, reason: 'revoked' });
      expect(await imported.contacts.exportAll(1)).toEqual(await source.contacts.exportAll(1));
      expect(await imported.contacts.history(1, contacts[0]!.id)).toEqual(
        await source.contacts.history(1, contacts[0]!.id),
      );
      expect(await imported.directory.get(1)).toEqual(await source.directory.get(1));
      expect(await imported.usage.tokenWrites('2026-01-01', worker.id)).toBe(702);
      expect(await imported.invites.check(invite)).toEqual(await source.invites.check(invite));
      const exported: string[] = [];
      for await (const c of imported.contacts.exportLive(1)) exported.push(c.id);
      expect(exported).toHaveLength(699);
      // A coordinator's cursor from the SQLite server still works: changes after it come after it.
      const before = await source.contacts.listSince(1, undefined, 1000);
      const later = contact();
      expect(await imported.contacts.applyBatch(1, [later], writer)).toMatchObject([{ status: 'created' }]);
      expect((await imported.contacts.listSince(1, before.nextCursor, 10)).contacts).toEqual([later]);
      // New ids do not collide with copied ones.
      expect((await imported.teams.addTeam('Équipe Ouest')).id).toBe(3);
      expect(await imported.invites.redeem(invite)).toMatchObject({ principal: { device: worker.id } });
    } finally {
      await imported?.close();
      await source.close();
      await target.drop();
      fs.rmSync(sqliteDir, { recursive: true, force: true });
    }
  }, 60_000);
});
