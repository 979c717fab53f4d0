import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import type { Contact, ContactBody, SyncResult } from '../../shared/protocol/protocol';
import {
  applySyncResults,
  clearDraft,
  countContacts,
  deleteContact,
  getContact,
  getDraft,
  listContacts,
  pendingBatch,
  recentPlaces,
  resolveKeepLocal,
  resolveTakeServer,
  saveContact,
  saveDraft,
  toWire,
} from './contact-store';
import type { LimitsDb } from '../../platform/db/db';

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
  // Only Date is faked: fake-indexeddb needs real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-14T20:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const tick = (minutes = 1) => vi.setSystemTime(new Date(Date.now() + minutes * 60_000));

function body(overrides: Partial<ContactBody> = {}): ContactBody {
  return {
    schemaVersion: 1,
    occurredAt: '2026-03-14T21:05:00+01:00',
    ageBands: [],
    topics: [],
    signals: [],
    schemes: [],
    ...overrides,
  };
}

const ok = (contact: Contact, status: SyncResult['status'] = 'created'): SyncResult => ({
  id: contact.id,
  status,
  revision: contact.revision,
});

describe('contact store: revisions', () => {
  it('creates revision 1, pending, with a lowercase UUID v4', async () => {
    const row = await saveContact(body({ note: 'first' }));
    expect(row).toMatchObject({ revision: 1, syncState: 'pending', syncedRevision: 0, deleted: false });
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(row.occurredAt).toBe('2026-03-14T21:05:00+01:00');
    expect(row.pendingSince).toBe(row.createdAt);
    expect(await getContact(row.id)).toEqual(row);
  });

  it('records an edit as revision 2 and a delete as a tombstone revision 3, never removing the row', async () => {
    const created = await saveContact(body({ note: 'first' }));
    tick();
    const edited = await saveContact(body({ note: 'second', place: 'Hall B' }), created.id);
    expect(edited).toMatchObject({ id: created.id, revision: 2, syncState: 'pending', deleted: false });
    expect(edited.body?.note).toBe('second');
    expect(edited.createdAt).toBe(created.createdAt);
    expect(edited.pendingSince).toBe(created.pendingSince);

    tick();
    const deleted = await deleteContact(created.id);
    expect(deleted).toMatchObject({ id: created.id, revision: 3, deleted: true, body: null, syncState: 'pending' });
    expect(deleted.occurredAt).toBe(created.occurredAt);
    expect(await db.contacts.count()).toBe(1);
    expect(toWire(deleted)).toEqual({
      id: created.id,
      revision: 3,
      updatedAt: deleted.updatedAt,
      deleted: true,
      body: null,
    });
  });

  it('refuses to edit or delete a contact the device does not have', async () => {
    const missing = '2b0f3c7e-8a4d-4f5e-9c1a-0d2e3f4a5b6c';
    await expect(saveContact(body(), missing)).rejects.toThrow(/No contact/);
    await expect(deleteContact(missing)).rejects.toThrow(/No contact/);
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('contact store: sync bookkeeping', () => {
  it('gives the pending changes oldest first, in wire form, at most `limit`', async () => {
    const a = await saveContact(body({ note: 'a' }));
    tick();
    const b = await saveContact(body({ note: 'b' }));
    tick();
    const c = await saveContact(body({ note: 'c' }));
    tick();
    await saveContact(body({ note: 'a2' }), a.id); // now the newest change

    expect((await pendingBatch(10)).map((contact) => contact.id)).toEqual([b.id, c.id, a.id]);
    const [first] = await pendingBatch(1);
    expect(first).toEqual({ id: b.id, revision: 1, updatedAt: b.updatedAt, deleted: false, body: b.body });
  });

  it('marks synced only when the confirmed revision is still the stored one', async () => {
    const row = await saveContact(body());
    const sent = await pendingBatch(10);
    tick();
    await saveContact(body({ note: 'typed while the batch was in flight' }), row.id);

    await applySyncResults(
      sent,
      sent.map((contact) => ok(contact)),
    );
    expect(await getContact(row.id)).toMatchObject({ revision: 2, syncState: 'pending', syncedRevision: 1 });

    const resent = await pendingBatch(10);
    await applySyncResults(
      resent,
      resent.map((contact) => ok(contact, 'updated')),
    );
    expect(await getContact(row.id)).toMatchObject({ revision: 2, syncState: 'synced', syncedRevision: 2 });
    expect(await pendingBatch(10)).toEqual([]);
  });

  it('never deletes: a refused contact stays, flagged; a confirmed tombstone stays as a tombstone', async () => {
    const refused = await saveContact(body({ note: 'x' }));
    const gone = await saveContact(body());
    await deleteContact(gone.id);
    const sent = await pendingBatch(10);
    await applySyncResults(
      sent,
      sent.map((contact) =>
        contact.id === refused.id ? { id: contact.id, status: 'rejected', reason: 'note too long' } : ok(contact),
      ),
    );
    expect(await getContact(refused.id)).toMatchObject({ syncState: 'rejected', syncReason: 'note too long' });
    expect(await getContact(gone.id)).toMatchObject({ deleted: true, syncState: 'synced', syncedRevision: 2 });
    expect(await db.contacts.count()).toBe(2);
    // A result for an id that was not sent at that position is ignored.
    await applySyncResults(sent, [{ id: 'someone-else', status: 'created' }]);
    expect(await getContact(refused.id)).toMatchObject({ syncState: 'rejected' });
  });
});

describe('contact store: conflicts', () => {
  async function conflicted(serverBody: ContactBody | null, serverRevision = 4) {
    const row = await saveContact(body({ note: 'mine' }));
    const sent = await pendingBatch(10);
    const server: Contact = serverBody
      ? {
          id: row.id,
          revision: serverRevision,
          updatedAt: '2026-03-14T19:00:00.000Z',
          deleted: false,
          body: serverBody,
        }
      : { id: row.id, revision: serverRevision, updatedAt: '2026-03-14T19:00:00.000Z', deleted: true, body: null };
    await applySyncResults(sent, [{ id: row.id, status: 'stale', reason: 'newer on the server', server }]);
    expect(await getContact(row.id)).toMatchObject({ syncState: 'conflict', serverCopy: server });
    return row;
  }

  it('"keep mine": the same content as revision max(local, server) + 1, pending', async () => {
    const row = await conflicted(body({ note: 'theirs' }));
    tick();
    const kept = await resolveKeepLocal(row.id);
    expect(kept).toMatchObject({ revision: 5, syncState: 'pending', syncReason: undefined, serverCopy: undefined });
    expect(kept.body?.note).toBe('mine');
    expect((await pendingBatch(10)).map((contact) => contact.revision)).toEqual([5]);
  });

  it('"use the server\'s": the server copy is stored, already synced', async () => {
    const theirs = body({ note: 'theirs', occurredAt: '2026-03-13T10:00:00+01:00' });
    const row = await conflicted(theirs);
    const taken = await resolveTakeServer(row.id);
    expect(taken).toMatchObject({
      revision: 4,
      syncedRevision: 4,
      syncState: 'synced',
      body: theirs,
      occurredAt: '2026-03-13T10:00:00+01:00',
      serverCopy: undefined,
    });
    expect(await pendingBatch(10)).toEqual([]);
  });

  it('"use the server\'s" with a server tombstone deletes here too', async () => {
    const row = await conflicted(null);
    expect(await resolveTakeServer(row.id)).toMatchObject({ deleted: true, body: null, syncState: 'synced' });
    expect(await listContacts()).toEqual([]);
  });
});

describe('contact store: list, count, places', () => {
  it('lists newest first by occurredAt, with filters and pages', async () => {
    const kinds = ['street', 'school', 'family'] as const;
    const ids: string[] = [];
    for (let day = 1; day <= 30; day++) {
      const occurredAt = `2026-03-${String(day).padStart(2, '0')}T10:00:00+01:00`;
      ids.push((await saveContact(body({ occurredAt, kind: kinds[day % 3] }))).id);
    }
    await deleteContact(ids[29] ?? '');

    const all = await listContacts();
    expect(all).toHaveLength(29);
    expect(all[0]?.occurredAt).toBe('2026-03-29T10:00:00+01:00');
    expect(all.at(-1)?.occurredAt).toBe('2026-03-01T10:00:00+01:00');
    expect(await countContacts()).toBe(29);
    expect(await countContacts({ includeDeleted: true })).toBe(30);

    const page2 = await listContacts({ offset: 10, limit: 10 });
    expect(page2.map((row) => row.id)).toEqual(all.slice(10, 20).map((row) => row.id));

    const march10to19 = { from: '2026-03-10', to: '2026-03-19U' };
    expect(await countContacts(march10to19)).toBe(10);
    const school = await listContacts({ ...march10to19, kind: 'school' });
    expect(school.map((row) => row.occurredAt.slice(8, 10))).toEqual(['19', '16', '13', '10']);

    const sent = await pendingBatch(5);
    await applySyncResults(
      sent,
      sent.map((contact) => ok(contact)),
    );
    // Saves in the same millisecond tie on updatedAt, so the tombstone may be among the 5 sent: count it too.
    expect(await countContacts({ syncState: 'synced', includeDeleted: true })).toBe(5);
    expect(await countContacts({ syncState: 'pending', includeDeleted: true })).toBe(25);
    expect(await countContacts({ syncState: 'synced' })).toBe(5 - sent.filter((contact) => contact.deleted).length);
    expect((await listContacts({ syncState: 'synced', limit: 2 })).every((row) => row.syncState === 'synced')).toBe(
      true,
    );
  });

  it('lists contacts of the same minute newest recorded first, and an edit does not move them', async () => {
    // Recorded one after the other for a group met at 21:05, with ids (random in use) that sort another way.
    const ids = ['cccccccc', 'aaaaaaaa', 'bbbbbbbb'].map((start) => `${start}-0000-4000-8000-000000000000` as const);
    vi.spyOn(crypto, 'randomUUID').mockImplementation(() => ids.shift() ?? '00000000-0000-4000-8000-000000000000');
    const first = await saveContact(body({ note: 'first' }));
    tick();
    const second = await saveContact(body({ note: 'second' }));
    tick();
    const third = await saveContact(body({ note: 'third' }));
    tick();
    await saveContact(body({ note: 'first, edited' }), first.id);
    const order = [third.id, second.id, first.id];
    expect((await listContacts()).map((row) => row.id)).toEqual(order);
    expect((await listContacts({ from: '2026-03-14', to: '2026-03-14U' })).map((row) => row.id)).toEqual(order);
    expect((await listContacts({ syncState: 'pending', limit: 2 })).map((row) => row.id)).toEqual(order.slice(0, 2));
    expect(await countContacts({ from: '2026-03-14', to: '2026-03-14U' })).toBe(3);
  });

  it('suggests the latest places first, without repeats, at most `limit`', async () => {
    for (const place of ['Hall B', 'Gare', 'hall b', '  ', 'Parc', 'City stade']) {
      await saveContact(body(place.trim() ? { place } : {}));
      tick();
    }
    expect(await recentPlaces()).toEqual(['City stade', 'Parc', 'hall b', 'Gare']);
    expect(await recentPlaces(2)).toEqual(['City stade', 'Parc']);
  });
});

describe('contact store: drafts', () => {
  it('keeps one draft per key until it is cleared', async () => {
    await saveDraft('new', { note: 'typed' });
    await saveDraft('edit:abc', { note: 'other' });
    await saveDraft('new', { note: 'typed more' });
    expect(await getDraft('new')).toMatchObject({ key: 'new', values: { note: 'typed more' } });
    await clearDraft('new');
    expect(await getDraft('new')).toBeUndefined();
    expect(await getDraft('edit:abc')).toMatchObject({ values: { note: 'other' } });
  });
});
