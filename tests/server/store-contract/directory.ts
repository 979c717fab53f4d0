/**
 * The directory part of the storage contract ([S73], [S74] in docs/SPEC.md), run against every store (memory,
 * SQLite, PostgreSQL: ./describe-store-contract.ts), so they cannot drift apart.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DIRECTORY_VERSIONS_KEPT, directoryEtag, type DirectoryStore } from '../../../server/directory/directory-store';
import { entry } from '../directory-helpers';
import { useStoreFixture, type MakeStores, type StoreFixture } from './fixture';

export function describeDirectoryStoreContract(name: string, make: MakeStores): void {
  describe(`DirectoryStore contract: ${name}`, () => {
    const fixture = useStoreFixture(make);
    let f: StoreFixture;
    let store: DirectoryStore;
    beforeEach(() => {
      f = fixture.get();
      store = f.stores.directory;
    });

    it('[S73] a team that never published has version 0, no date, no entries', async () => {
      const { directory } = await store.get(f.teamA);
      expect(directory).toEqual({ version: 0, updatedAt: null, entries: [] });
      expect(await store.versions(f.teamA)).toEqual([]);
    });

    it('[S74] each publication that changes the content is the next version, stamped now, entries in order', async () => {
      const first = [entry(), entry({ schemeId: 'cej', name: 'CEJ' })];
      f.setNow('2026-01-01T10:00:00.000Z');
      const one = await store.publish(f.teamA, first);
      expect(one.status).toBe('published');
      expect(one.current.directory).toEqual({ version: 1, updatedAt: '2026-01-01T10:00:00.000Z', entries: first });
      const second = [first[1]!, first[0]!];
      f.setNow('2026-01-02T10:00:00.000Z');
      const two = await store.publish(f.teamA, second, { baseVersion: 1 });
      expect(two.status).toBe('published');
      expect((await store.get(f.teamA)).directory).toEqual({
        version: 2,
        updatedAt: '2026-01-02T10:00:00.000Z',
        entries: second,
      });
      expect(await store.versions(f.teamA)).toEqual([
        { version: 2, updatedAt: '2026-01-02T10:00:00.000Z', entryCount: 2 },
        { version: 1, updatedAt: '2026-01-01T10:00:00.000Z', entryCount: 2 },
      ]);
    });

    it('[S74] the same content again is unchanged: no new version, whatever baseVersion says', async () => {
      const entries = [entry()];
      f.setNow('2026-01-01T10:00:00.000Z');
      await store.publish(f.teamA, entries);
      f.setNow('2026-01-05T10:00:00.000Z');
      for (const baseVersion of [undefined, 0, 1, 7]) {
        const outcome = await store.publish(f.teamA, structuredClone(entries), { baseVersion });
        expect(outcome.status).toBe('unchanged');
        expect(outcome.current.directory.version).toBe(1);
        expect(outcome.current.directory.updatedAt).toBe('2026-01-01T10:00:00.000Z');
      }
      // Key order is not content.
      const reordered = entries.map((e) => Object.fromEntries(Object.entries(e).reverse())) as typeof entries;
      expect((await store.publish(f.teamA, reordered)).status).toBe('unchanged');
      expect(await store.versions(f.teamA)).toHaveLength(1);
      // Publishing nothing to a team that has nothing is no change either.
      expect((await store.publish(f.teamB, [])).status).toBe('unchanged');
      expect((await store.get(f.teamB)).directory.version).toBe(0);
    });

    it('[S74] a baseVersion that is not current is a conflict: nothing written, the current one returned', async () => {
      await store.publish(f.teamA, [entry()]);
      await store.publish(f.teamA, [entry()], { baseVersion: 1 });
      const before = await store.get(f.teamA);
      const outcome = await store.publish(f.teamA, [entry()], { baseVersion: 1 });
      expect(outcome).toEqual({ status: 'conflict', current: before });
      expect(await store.get(f.teamA)).toEqual(before);
      expect((await store.publish(f.teamB, [entry()], { baseVersion: 3 })).status).toBe('conflict');
      expect((await store.publish(f.teamB, [entry()], { baseVersion: 0 })).status).toBe('published');
    });

    it('[S4][S73] teams are isolated: versions count per team, one never sees the other', async () => {
      const a = [entry({ name: 'ML A' })];
      const b = [entry({ name: 'ML B' }), entry({ name: 'ML B2' })];
      await store.publish(f.teamA, a);
      await store.publish(f.teamA, [...a, entry()]);
      await store.publish(f.teamB, b);
      expect((await store.get(f.teamA)).directory.version).toBe(2);
      expect((await store.get(f.teamB)).directory).toMatchObject({ version: 1, entries: b });
      // Same content in two teams: their own versions, their own rows.
      const shared = [entry()];
      await store.publish(f.teamA, shared);
      expect((await store.publish(f.teamB, shared)).current.directory.version).toBe(2);
      expect(await store.versions(f.teamA)).toHaveLength(3);
    });

    it(`[S74] keeps the last ${DIRECTORY_VERSIONS_KEPT} versions`, async () => {
      for (let i = 0; i < DIRECTORY_VERSIONS_KEPT + 3; i++) await store.publish(f.teamA, [entry({ name: `v${i}` })]);
      const versions = (await store.versions(f.teamA)).map((v) => v.version);
      expect(versions).toEqual(
        Array.from({ length: DIRECTORY_VERSIONS_KEPT }, (_, i) => DIRECTORY_VERSIONS_KEPT + 3 - i),
      );
      expect((await store.get(f.teamA)).directory.entries[0]?.name).toBe(`v${DIRECTORY_VERSIONS_KEPT + 2}`);
    });

    it('[S78] the ETag changes with every version and differs between teams at the same version', async () => {
      const empty = directoryEtag(await store.get(f.teamA));
      expect(empty).toMatch(/^"0-[0-9a-f]{16}"$/);
      await store.publish(f.teamA, [entry({ name: 'A' })]);
      await store.publish(f.teamB, [entry({ name: 'B' })]);
      const a1 = directoryEtag(await store.get(f.teamA));
      const b1 = directoryEtag(await store.get(f.teamB));
      expect(a1).toMatch(/^"1-/);
      expect(a1).not.toBe(b1);
      expect(directoryEtag(await store.get(f.teamA))).toBe(a1);
    });

    it('returns copies: changing what it returned or what was published changes nothing stored', async () => {
      const entries = [entry({ name: 'Original' })];
      const outcome = await store.publish(f.teamA, entries);
      entries[0]!.name = 'Changed after publish';
      outcome.current.directory.entries[0]!.name = 'Changed in the outcome';
      const got = await store.get(f.teamA);
      got.directory.entries[0]!.name = 'Changed after get';
      expect((await store.get(f.teamA)).directory.entries[0]?.name).toBe('Original');
    });
  });
}
