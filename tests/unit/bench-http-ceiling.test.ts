import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncResponseSchema } from '../../src/shared/protocol/protocol';
import { bareSyncReply, httpCeilingRatio } from '../../scripts/bench/sync-bare-reply';
import { benchContact, startBareHttpServer, type BenchServer } from '../../scripts/bench/sync-fixtures';

describe('bench:sync’s HTTP ceiling (issue #14: what any server can reach over HTTP on this host)', () => {
  it('is the raw loop’s share of the raw loop plus the bare exchange', () => {
    expect(httpCeilingRatio(2.6, 1.4)).toBeCloseTo(0.65, 5);
    expect(httpCeilingRatio(3, 0)).toBe(1);
    expect(() => httpCeilingRatio(0, 1)).toThrow('bad times');
    expect(() => httpCeilingRatio(1, Number.NaN)).toThrow('bad times');
  });

  it('replies as the sync server does for that many new contacts, byte for byte as long', () => {
    const reply = SyncResponseSchema.parse(JSON.parse(bareSyncReply(100)));
    expect(reply.results).toHaveLength(100);
    expect(reply.results.every((r) => r.status === 'created' && r.revision === 1)).toBe(true);
    // What the real server answers: the sent ids (UUIDs) and its clock.
    const real = JSON.stringify({
      results: Array.from({ length: 100 }, (_, i) => ({ id: benchContact(i).id, status: 'created', revision: 1 })),
      serverTime: new Date().toISOString(),
    });
    expect(bareSyncReply(100).length).toBe(real.length);
  });

  describe('the bare server, over real HTTP', () => {
    let bare: BenchServer;
    beforeAll(async () => {
      bare = await startBareHttpServer(3);
    }, 30_000);
    afterAll(async () => {
      await bare?.stop();
    });

    it('reads the whole batch before it answers, and answers one result per contact', async () => {
      const body = JSON.stringify({ contacts: [0, 1, 2].map(benchContact) });
      const response = await fetch(`${bare.url}/api/v1/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-received-bytes')).toBe(String(Buffer.byteLength(body)));
      const reply = SyncResponseSchema.parse(await response.json());
      expect(reply.results.map((r) => r.status)).toEqual(['created', 'created', 'created']);
    });
  });
});
