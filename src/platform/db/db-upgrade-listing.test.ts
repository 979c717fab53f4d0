/**
 * Schemas v8 and v9: the contact list's index `listedAt` (src/platform/db/contact-listing.ts). A v7 database gains
 * it on its live rows and nothing else changes; from then on the database sets it on every write, whatever the
 * writer. v9 puts the row's createdAt after the occurredAt, so contacts of the same minute are listed newest
 * recorded first: a v8 database's keys are rewritten.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { listingKey, withListedAt } from './contact-listing';
import { LimitsDb } from './db';
import { SCHEMA_VERSIONS } from './schema-versions';

/** v8 as shipped, frozen here: editing it in schema-versions.ts instead of adding v9 fails. */
const V8 = {
  contacts: 'id, occurredAt, updatedAt, syncState, [syncState+updatedAt], pendingSince, listedAt, [syncState+listedAt]',
};

/** Every schema up to `last`, declared as those versions of the app declared them (the last ones by reference). */
function declareUpTo(db: Dexie, last: 7 | 8): void {
  for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= last))
    db.version(version).stores(stores);
}

interface TestRow {
  id: string;
  occurredAt: string;
  deleted: boolean;
  listedAt?: string;
  [field: string]: unknown;
}

const envelope = { v: 1, alg: 'AES-GCM', iv: 'aXZpdml2aXZpdml2', data: 'c2VhbGVk' };

function row(n: number, occurredAt: string, deleted: boolean, sealed = false): TestRow {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    revision: 1,
    createdAt: `2025-05-01T10:00:0${n}.000Z`,
    updatedAt: '2025-05-01T10:00:00.000Z',
    occurredAt,
    deleted,
    body: deleted ? null : sealed ? envelope : { schemaVersion: 1, occurredAt, ageBands: [], topics: [], signals: [] },
    syncState: 'synced',
    syncedRevision: 1,
  };
}

const listedAtOf = async (db: LimitsDb, id: string) =>
  ((await db.contacts.get(id)) as { listedAt?: string } | undefined)?.listedAt;

describe('schemas v8 and v9: the contact list index', () => {
  it('is frozen here and indexes contacts only', () => {
    const v8 = SCHEMA_VERSIONS.find((v) => v.version === 8);
    expect(v8?.stores).toEqual(V8);
  });

  it('is v9 the last version, and v9 changes no index', () => {
    expect(SCHEMA_VERSIONS.at(-1)?.version).toBe(9);
    expect(SCHEMA_VERSIONS.find((v) => v.version === 9)?.stores).toEqual({});
  });

  it('withListedAt: occurredAt then createdAt on a live row, nothing on a tombstone, the same object when right', () => {
    const live = row(1, '2025-05-01T09:30:00+02:00', false);
    expect(withListedAt(live).listedAt).toBe('2025-05-01T09:30:00+02:00 2025-05-01T10:00:01.000Z');
    // A row without createdAt (none the app writes) is listed by its occurredAt alone.
    expect(listingKey({ occurredAt: '2025-05-01T09:30:00+02:00' })).toBe('2025-05-01T09:30:00+02:00');
    const listed = withListedAt(live);
    expect(withListedAt(listed)).toBe(listed);
    const tombstone = withListedAt({ ...listed, deleted: true, body: null });
    expect('listedAt' in tombstone).toBe(false);
    expect(tombstone).toEqual({ ...live, deleted: true, body: null });
    // A moved occurredAt moves the index with it.
    expect(withListedAt({ ...listed, occurredAt: '2025-06-01T09:00:00Z' }).listedAt).toBe(
      '2025-06-01T09:00:00Z 2025-05-01T10:00:01.000Z',
    );
  });

  it('opens a v7 database: live rows (clear or sealed) gain listedAt, tombstones do not, nothing else changes', async () => {
    const name = 'upgrade-v7-to-listing';
    const old = new Dexie(name);
    declareUpTo(old, 7);
    await old.open();
    const rows = [
      row(1, '2025-05-01T09:30:00+02:00', false),
      row(2, '2025-05-03T09:30:00+02:00', false, true),
      row(3, '2025-05-02T09:30:00+02:00', true),
      row(4, '2025-04-02T09:30:00+02:00', false),
    ];
    await old.table('contacts').bulkPut(rows);
    old.close();

    const db = new LimitsDb(name);
    await db.open();
    expect(db.verno).toBe(9);
    const stored = await db.contacts.toArray();
    const listed = (r: TestRow | undefined) => r && { ...r, listedAt: listingKey(r) };
    expect(stored).toEqual([listed(rows[0]), listed(rows[1]), rows[2], listed(rows[3])]);
    // The list's query: live contacts of May, newest first, counted by IndexedDB itself.
    const may = db.contacts.where('listedAt').between('2025-05-01', '2025-05-31\uffff', true, true);
    expect(await may.count()).toBe(2);
    expect(await may.reverse().primaryKeys()).toEqual([rows[1]?.id, rows[0]?.id]);
    // The same after the sync state (the list's filter): the tombstone of May is synced too, and left out.
    const syncedMay = db.contacts
      .where('[syncState+listedAt]')
      .between(['synced', '2025-05-01'], ['synced', '2025-05-31\uffff'], true, true);
    expect(await syncedMay.count()).toBe(2);
    expect(
      await db.contacts.where('[syncState+listedAt]').between(['pending', ''], ['pending', '\uffff']).count(),
    ).toBe(0);
    db.close();
    await Dexie.delete(name);
  });

  it('opens a v8 database: the keys of live rows gain their createdAt, so one minute lists newest recorded first', async () => {
    const name = 'upgrade-v8-to-createdat';
    const old = new Dexie(name);
    declareUpTo(old, 8);
    await old.open();
    // Three contacts of the same minute, recorded in the order 1, 2, 3 but with ids that sort 3, 1, 2; as v8
    // stored them (listedAt = occurredAt), and a tombstone of that minute.
    const minute = '2025-05-01T20:00:00+02:00';
    const ids = [
      '00000000-0000-4000-8000-0000000000b1',
      '00000000-0000-4000-8000-0000000000c2',
      '00000000-0000-4000-8000-0000000000a3',
    ];
    const rows: TestRow[] = ids.map((id, i) => ({ ...row(i + 1, minute, false), id, listedAt: minute }));
    const tombstone = { ...row(4, minute, true), id: '00000000-0000-4000-8000-0000000000d4' };
    await old.table('contacts').bulkPut([...rows, tombstone]);
    const before = await old.table('contacts').where('listedAt').equals(minute).reverse().primaryKeys();
    expect(before).toEqual([ids[1], ids[0], ids[2]]);
    old.close();

    const db = new LimitsDb(name);
    await db.open();
    expect(db.verno).toBe(9);
    expect(await db.contacts.get(tombstone.id)).toEqual(tombstone);
    for (const r of rows)
      expect(await db.contacts.get(r.id)).toEqual({ ...r, listedAt: `${minute} ${String(r.createdAt)}` });
    // The list's queries: the day's live contacts, newest recorded first, alone and after the sync state.
    const day = db.contacts.where('listedAt').between('2025-05-01', '2025-05-01U', true, true);
    expect(await day.reverse().primaryKeys()).toEqual([ids[2], ids[1], ids[0]]);
    const synced = db.contacts
      .where('[syncState+listedAt]')
      .between(['synced', '2025-05-01'], ['synced', '2025-05-01U'], true, true);
    expect(await synced.reverse().primaryKeys()).toEqual([ids[2], ids[1], ids[0]]);
    db.close();
    await Dexie.delete(name);
  });

  it('sets listedAt on every write to the contacts table: add, put, bulkPut, delete to a tombstone and back', async () => {
    const db = new LimitsDb('listing-writes');
    await db.open();
    const live = row(1, '2025-05-01T09:30:00+02:00', false) as never;
    await db.contacts.add(live);
    expect(await listedAtOf(db, row(1, '', false).id)).toBe('2025-05-01T09:30:00+02:00 2025-05-01T10:00:01.000Z');
    await db.contacts.put({ ...row(1, '2025-05-01T09:30:00+02:00', true) } as never);
    expect(await db.contacts.where('listedAt').above('').count()).toBe(0);
    await db.contacts.bulkPut([row(1, '2025-05-04T09:30:00Z', false), row(2, '2025-05-05T09:30:00Z', true)] as never[]);
    expect(await db.contacts.where('listedAt').above('').primaryKeys()).toEqual([row(1, '', false).id]);
    expect(await listedAtOf(db, row(1, '', false).id)).toBe('2025-05-04T09:30:00Z 2025-05-01T10:00:01.000Z');
    // Other tables are left alone.
    await db.favourites.put({ kind: 'scheme', id: 'cej', createdAt: '2025-05-01T10:00:00.000Z' });
    expect(await db.favourites.toArray()).toEqual([
      { kind: 'scheme', id: 'cej', createdAt: '2025-05-01T10:00:00.000Z' },
    ]);
    db.close();
    await Dexie.delete('listing-writes');
  });
});
