/**
 * Quotas' counts and the health write ([S99], issue #13), run against every store (./describe-store-contract.ts).
 */
import { stableStringify } from '../../../src/shared/protocol/canonical-json';
import { beforeEach, describe, expect, it } from 'vitest';
import { body, contact, tombstone } from '../sync-helpers';
import { useStoreFixture, type MakeStores, type StoreFixture } from './fixture';

export function describeUsageStoreContract(name: string, make: MakeStores): void {
  describe(`UsageStore, stored size and health contract: ${name}`, () => {
    const fixture = useStoreFixture(make);
    let f: StoreFixture;
    beforeEach(() => {
      f = fixture.get();
    });

    it('[S99] daily writes add up per token and per team, per UTC day', async () => {
      const { usage, teams } = f.stores;
      const a1 = (await teams.addToken('Team A', 'worker', 'one')).id;
      const a2 = (await teams.addToken('Team A', 'worker', 'two')).id;
      const b1 = (await teams.addToken('Team B', 'worker', 'three')).id;
      expect(await usage.tokenWrites('2026-01-01', a1)).toBe(0);
      expect(await usage.teamWrites('2026-01-01', f.teamA)).toBe(0);
      await usage.addWrites('2026-01-01', a1, f.teamA, 5);
      await usage.addWrites('2026-01-01', a1, f.teamA, 2);
      await usage.addWrites('2026-01-01', a2, f.teamA, 4);
      await usage.addWrites('2026-01-01', b1, f.teamB, 100);
      await usage.addWrites('2026-01-02', a1, f.teamA, 9);
      expect(await usage.tokenWrites('2026-01-01', a1)).toBe(7);
      expect(await usage.teamWrites('2026-01-01', f.teamA)).toBe(11);
      expect(await usage.teamWrites('2026-01-02', f.teamA)).toBe(9);
      expect(await usage.teamWrites('2026-01-01', f.teamB)).toBe(100);
    });

    it('[S99] concurrent additions are all counted', async () => {
      const { usage, teams } = f.stores;
      const id = (await teams.addToken('Team A', 'worker', 'busy')).id;
      await Promise.all(Array.from({ length: 20 }, () => usage.addWrites('2026-01-01', id, f.teamA, 1)));
      expect(await usage.tokenWrites('2026-01-01', id)).toBe(20);
    });

    it('[S99] the stored size counts current and earlier revisions, per team', async () => {
      const { contacts } = f.stores;
      const first = contact({ body: body({ note: 'short' }) });
      const second = { ...first, revision: 2, body: body({ note: 'a longer note than before' }) };
      await contacts.applyBatch(f.teamA, [first]);
      await contacts.applyBatch(f.teamA, [second]);
      await contacts.applyBatch(f.teamA, [tombstone(first, 3)]);
      const size = (c: { body: unknown }) => stableStringify(c.body).length;
      expect(await contacts.storedBytes(f.teamA)).toBe(size(first) + size(second));
      expect(await contacts.storedBytes(f.teamB)).toBe(0);
    });

    it('health: a working store takes a write; a closed one refuses it', async () => {
      await expect(f.stores.checkWritable()).resolves.toBeUndefined();
      await f.stores.close();
      await expect(f.stores.checkWritable()).rejects.toThrow();
    });
  });
}
