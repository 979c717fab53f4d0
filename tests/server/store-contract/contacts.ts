/**
 * The contacts part of the storage contract ([S8], [S11]–[S19], [S30], [S31], [S95]–[S98] of docs/SPEC.md), run
 * against every store (memory, SQLite, PostgreSQL: ./describe-store-contract.ts), so they cannot drift apart.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/shared/protocol/protocol';
import type { ContactStore } from '../../../server/contacts/contact-store';
import { body, contact, tombstone } from '../sync-helpers';
import { useStoreFixture, type MakeStores, type StoreFixture } from './fixture';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function describeContactStoreContract(name: string, make: MakeStores): void {
  describe(`ContactStore contract: ${name}`, () => {
    const fixture = useStoreFixture(make);
    let f: StoreFixture;
    let store: ContactStore;
    beforeEach(() => {
      f = fixture.get();
      store = f.stores.contacts;
    });

    const apply = (contacts: unknown[], team = f.teamA) => store.applyBatch(team, contacts);
    const all = async (team = f.teamA) => (await store.listSince(team, undefined, 1000)).contacts;

    it('[S13] a new id is created at its revision', async () => {
      const c = contact({ revision: 3 });
      expect(await apply([c])).toEqual([{ id: c.id, status: 'created', revision: 3 }]);
      expect(await all()).toEqual([c]);
      expect(await store.count(f.teamA)).toBe(1);
    });

    it('[S13] a higher revision replaces the stored contact', async () => {
      const c = contact();
      await apply([c]);
      const edited = { ...c, revision: 5, body: body({ note: 'edited', people: 3 }) };
      expect(await apply([edited])).toEqual([{ id: c.id, status: 'updated', revision: 5 }]);
      expect(await all()).toEqual([edited]);
    });

    it('[S14] same revision same content is unchanged and writes nothing', async () => {
      const c = contact();
      await apply([c]);
      const before = await store.listSince(f.teamA, undefined, 10);
      for (let i = 0; i < 3; i++) {
        expect(await apply([structuredClone(c)])).toEqual([{ id: c.id, status: 'unchanged', revision: 1 }]);
      }
      expect(await store.listSince(f.teamA, undefined, 10)).toEqual(before);
    });

    it('[S8] content is compared canonically: key order does not matter, updatedAt is not content', async () => {
      const c = contact();
      await apply([c]);
      const { body: b } = c as Extract<Contact, { deleted: false }>;
      const reordered = Object.fromEntries(Object.entries(b).reverse());
      const resent = { body: reordered, deleted: false, updatedAt: '2030-01-01T00:00:00Z', revision: 1, id: c.id };
      expect(await apply([resent])).toEqual([{ id: c.id, status: 'unchanged', revision: 1 }]);
      expect((await all())[0]?.updatedAt).toBe(c.updatedAt);
    });

    it('[S18] same revision different content is a conflict: server copy returned, nothing written', async () => {
      const c = contact();
      await apply([c]);
      const other = { ...c, body: body({ note: 'typed on another device' }) };
      const [result] = await apply([other]);
      expect(result).toMatchObject({ id: c.id, status: 'conflict', revision: 1, server: c });
      expect(result?.reason).toMatch(/different content/);
      expect(await all()).toEqual([c]);
    });

    it('[S19] a lower revision is stale: reported with the server revision and copy, nothing written', async () => {
      const c = contact({ revision: 4 });
      await apply([c]);
      const [result] = await apply([{ ...c, revision: 2, body: body({ note: 'old' }) }]);
      expect(result).toMatchObject({ id: c.id, status: 'stale', revision: 4, server: c });
      expect(result?.reason).toMatch(/revision 4/);
      expect(await all()).toEqual([c]);
    });

    it('[S16] a tombstone is a higher revision like any other; listed, not exported, still counted', async () => {
      const live = contact();
      const kept = contact();
      await apply([live, kept]);
      const gone = tombstone(live);
      expect(await apply([gone])).toEqual([{ id: live.id, status: 'updated', revision: 2 }]);
      expect(await apply([gone])).toEqual([{ id: live.id, status: 'unchanged', revision: 2 }]);
      expect((await all()).find((c) => c.id === live.id)).toEqual(gone);
      expect(await store.exportAll(f.teamA)).toEqual([kept]);
      expect(await store.count(f.teamA)).toBe(2);
      // An edit made before the deletion arrives late: stale, the tombstone stays.
      expect((await apply([{ ...live, revision: 1 }]))[0]?.status).toBe('stale');
      // A revision above the tombstone brings the contact back.
      const revived = { ...live, revision: 3, body: body({ note: 'restored' }) };
      expect((await apply([revived]))[0]?.status).toBe('updated');
      expect(await store.exportAll(f.teamA)).toHaveLength(2);
    });

    it('[S11] an invalid contact is rejected with a reason naming the field; the others are applied', async () => {
      const good = contact();
      const existing = contact();
      await apply([existing]);
      const results = await apply([
        { ...contact(), body: body({ people: 0 }) },
        good,
        { ...existing, revision: 2, body: { ...body(), name: 'Kevin' } },
        42,
        { id: 'not-a-uuid', revision: 1 },
      ]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'created', 'rejected', 'rejected', 'rejected']);
      expect(results[0]?.reason).toMatch(/body\.people/);
      expect(results[0]).not.toHaveProperty('revision');
      expect(results[2]).toMatchObject({ id: existing.id, revision: 1 });
      // Issue #13: the unknown key is counted, never named (it may be contact content).
      expect(results[2]?.reason).toMatch(/^body: 1 unknown key/);
      expect(results[3]).toMatchObject({ id: null });
      expect(results[4]).toMatchObject({ id: 'not-a-uuid' });
      expect(await store.count(f.teamA)).toBe(2);
      expect((await all()).find((c) => c.id === existing.id)).toEqual(existing);
    });

    it('[S12][S17] one result per contact, in order; a repeated id sees its earlier occurrence', async () => {
      const c = contact();
      const results = await apply([c, { ...c, revision: 2, body: body({ note: 'b' }) }, c, { ...c, revision: 2 }]);
      expect(results.map((r) => [r.id, r.status])).toEqual([
        [c.id, 'created'],
        [c.id, 'updated'],
        [c.id, 'stale'],
        [c.id, 'conflict'],
      ]);
    });

    it('[S4] teams are isolated: the same id in two teams is two contacts', async () => {
      const a = contact({ id: ID(1), revision: 5 });
      const b = { ...a, revision: 1, body: body({ note: 'team B' }) };
      await apply([a], f.teamA);
      expect(await apply([b], f.teamB)).toEqual([{ id: a.id, status: 'created', revision: 1 }]);
      expect(await all(f.teamA)).toEqual([a]);
      expect(await all(f.teamB)).toEqual([b]);
      expect(await store.exportAll(f.teamB)).toEqual([b]);
      expect(await store.count(f.teamA)).toBe(1);
    });

    it('[S30] listSince pages through changes in order; a changed contact comes again later', async () => {
      const contacts = Array.from({ length: 7 }, (_, i) => contact({ id: ID(10 + i) }));
      await apply(contacts.slice(0, 4));
      await apply(contacts.slice(4));
      await apply([contact()], f.teamB); // other teams' changes never show up

      const first = await store.listSince(f.teamA, undefined, 3);
      expect(first.contacts.map((c) => c.id)).toEqual(contacts.slice(0, 3).map((c) => c.id));
      expect(first.hasMore).toBe(true);
      const second = await store.listSince(f.teamA, first.nextCursor, 3);
      const third = await store.listSince(f.teamA, second.nextCursor, 3);
      expect([...second.contacts, ...third.contacts].map((c) => c.id)).toEqual(contacts.slice(3).map((c) => c.id));
      expect(third.hasMore).toBe(false);

      const idle = await store.listSince(f.teamA, third.nextCursor, 3);
      expect(idle).toEqual({ contacts: [], nextCursor: third.nextCursor, hasMore: false });

      const edited = { ...contacts[0]!, revision: 2, body: body({ note: 'later' }) };
      await apply([edited]);
      expect(await store.listSince(f.teamA, third.nextCursor, 3)).toMatchObject({ contacts: [edited], hasMore: false });
      expect(await all()).toHaveLength(7);
    });

    it('[S30] exact-size pages and a cursor past the end', async () => {
      await apply([contact(), contact()]);
      const page = await store.listSince(f.teamA, '0', 2);
      expect(page.hasMore).toBe(false);
      expect(await store.listSince(f.teamA, '999999999', 5)).toEqual({
        contacts: [],
        nextCursor: '999999999',
        hasMore: false,
      });
      expect(await store.listSince(f.teamB, undefined, 5)).toEqual({ contacts: [], nextCursor: '0', hasMore: false });
    });

    it('[S31] exportAll returns live contacts ordered by id', async () => {
      const ids = [ID(3), ID(1), ID(2)];
      await apply(ids.map((id) => contact({ id })));
      await apply([tombstone(contact({ id: ID(2) }))]);
      expect((await store.exportAll(f.teamA)).map((c) => c.id)).toEqual([ID(1), ID(3)]);
    });

    it('[S31] exportLive streams live contacts by occurredAt as an instant (offsets count), then id', async () => {
      const at = (id: number, occurredAt: string) => contact({ id: ID(id), body: body({ occurredAt }) });
      const late = at(1, '2025-03-14T22:00:00+01:00'); // 21:00Z
      const early = at(2, '2025-03-14T21:30:00+02:00'); // 19:30Z
      const sameInstantB = at(4, '2025-03-14T20:00:00Z');
      const sameInstantA = at(3, '2025-03-14T21:00:00+01:00'); // 20:00Z, lower id
      const gone = at(5, '2025-03-14T18:00:00Z');
      await apply([late, early, sameInstantB, sameInstantA, gone]);
      await apply([tombstone(gone)], f.teamA);
      await apply([at(6, '2025-01-01T00:00:00Z')], f.teamB);
      const streamed: Contact[] = [];
      for await (const c of store.exportLive(f.teamA)) streamed.push(c);
      expect(streamed.map((c) => c.id)).toEqual([early.id, sameInstantA.id, sameInstantB.id, late.id]);
      expect(streamed[0]).toEqual(early);
    });

    it('[S31] exportLive goes through large teams chunk by chunk, each contact once', async () => {
      const many = Array.from({ length: 1234 }, (_, i) =>
        contact({ body: body({ occurredAt: new Date(Date.UTC(2025, 0, 1) + (i % 97) * 60_000).toISOString() }) }),
      );
      await apply(many);
      const ids: string[] = [];
      for await (const c of store.exportLive(f.teamA)) ids.push(c.id);
      expect(ids).toHaveLength(many.length);
      expect(new Set(ids).size).toBe(many.length);
    });

    it('hands out copies: changing a returned object changes nothing stored', async () => {
      const c = contact();
      await apply([c]);
      const [listed] = await all();
      (listed as { revision: number }).revision = 99;
      const [conflict] = await apply([{ ...c, body: body({ note: 'x' }) }]);
      (conflict?.server as { revision: number }).revision = 98;
      expect(await all()).toEqual([c]);
    });

    const worker = (device: number) => ({ tokenId: device, device, role: 'worker' as const });

    it('[S95] [S97] a worker writes only what its device created; non-owners get no server copy', async () => {
      const c = contact();
      await store.applyBatch(f.teamA, [c], worker(1));
      const [update, conflict] = await store.applyBatch(
        f.teamA,
        [tombstone(c, 2), { ...c, body: body({ note: 'x' }) }],
        worker(2),
      );
      expect(update).toMatchObject({ status: 'rejected' });
      expect(update).not.toHaveProperty('revision');
      expect(conflict).toMatchObject({ status: 'conflict', revision: 1 });
      expect(conflict).not.toHaveProperty('server');
      expect(await store.applyBatch(f.teamA, [tombstone(c, 2)], worker(1))).toMatchObject([{ status: 'updated' }]);
      const coordinator = { tokenId: 3, device: 3, role: 'coordinator' as const };
      expect(await store.applyBatch(f.teamA, [{ ...c, revision: 3 }], coordinator)).toMatchObject([
        { status: 'updated' },
      ]);
    });

    it('[S96] a revision more than 1000 above the stored one (or above 0) is rejected', async () => {
      const c = contact();
      expect(await apply([{ ...c, revision: 1001 }])).toMatchObject([{ status: 'rejected' }]);
      await apply([c]);
      expect(await apply([{ ...c, revision: 1002 }])).toMatchObject([{ status: 'rejected', revision: 1 }]);
      expect(await apply([{ ...c, revision: 1001 }])).toMatchObject([{ status: 'updated', revision: 1001 }]);
    });

    it('[S98] history keeps every revision with its writer; restore stores an earlier one as current + 1', async () => {
      const c = contact({ body: body({ note: 'one' }) });
      await store.applyBatch(f.teamA, [c], worker(1));
      await store.applyBatch(f.teamA, [{ ...c, revision: 2, body: body({ note: 'two' }) }], worker(1));
      await apply([tombstone(c, 3)]);
      const history = await store.history(f.teamA, c.id);
      expect(history.map((r) => [r.contact.revision, r.writtenBy])).toEqual([
        [1, 1],
        [2, 1],
        [3, null],
      ]);
      expect(await store.history(f.teamB, c.id)).toEqual([]);
      expect(await store.restore(f.teamA, c.id, 7)).toBeUndefined();
      expect(await store.restore(f.teamA, c.id, 1)).toEqual({ ...c, revision: 4 });
      expect(await all()).toEqual([{ ...c, revision: 4 }]);
      expect((await store.history(f.teamA, c.id)).map((r) => r.contact.revision)).toEqual([1, 2, 3, 4]);
      // Restored content is ordinary: the author's later revision still applies.
      expect(await store.applyBatch(f.teamA, [{ ...c, revision: 5 }], worker(1))).toMatchObject([
        { status: 'updated' },
      ]);
    });
  });
}
