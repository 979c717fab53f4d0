/**
 * Issue #13, "no quota": contacts per UTC day per token and per team, and bytes stored per team, configurable.
 * A batch over a quota is a clear 429 (`quota_exceeded`, Retry-After until tomorrow) or 507
 * (`storage_quota_exceeded`) JSON error and writes nothing; other tokens and teams are not affected.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { body, contact, snapshot, startSyncServer, sync, type SyncTestServer } from './sync-helpers';

let server: SyncTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const batch = (n: number) => Array.from({ length: n }, () => contact());

describe('quotas', () => {
  it('contacts per day per token: the batch that would pass the quota is refused whole, with Retry-After', async () => {
    server = await startSyncServer({ quotas: { contactsPerDayPerToken: 10 } });
    expect((await sync(server, server.a.worker, batch(6))).status).toBe(200);
    // Unchanged resends do not count: only what is written.
    const before = snapshot(server.db);
    const refused = await sync(server, server.a.worker, batch(5));
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({
      error: 'quota_exceeded',
      message: expect.stringMatching(/10 contacts for today/),
    });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(snapshot(server.db)).toEqual(before);
    expect((await sync(server, server.a.worker, batch(4))).status).toBe(200);
    // Another token of the team has its own allowance.
    expect((await sync(server, server.a.coordinator, batch(5))).status).toBe(200);
  });

  it('contacts per day per team, whatever the token', async () => {
    server = await startSyncServer({ quotas: { contactsPerDayPerTeam: 8 } });
    expect((await sync(server, server.a.worker, batch(5))).status).toBe(200);
    expect((await sync(server, server.a.coordinator, batch(4))).status).toBe(429);
    expect((await sync(server, server.b.worker, batch(8))).status).toBe(200);
  });

  it('bytes stored per team: 507 storage_quota_exceeded, other teams unaffected', async () => {
    server = await startSyncServer({ quotas: { bytesPerTeam: 40_000 } });
    const big = () => contact({ body: body({ note: 'n'.repeat(5000) }) });
    expect((await sync(server, server.a.worker, [big(), big(), big(), big(), big()])).status).toBe(200);
    const full = await sync(server, server.a.worker, [big(), big(), big()]);
    expect(full.status).toBe(507);
    expect(full.json).toMatchObject({ error: 'storage_quota_exceeded' });
    expect((await sync(server, server.b.worker, [big(), big()])).status).toBe(200);
  });
});
