import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import { applySyncResults, deleteContact, pendingBatch, saveContact, unsyncedSummary } from './contact-store';
import type { LimitsDb } from '../../platform/db/db';

const body = {
  schemaVersion: 1 as const,
  occurredAt: '2026-02-01T20:00:00.000Z',
  ageBands: [],
  topics: [],
  signals: [],
  schemes: [],
};

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
});
afterEach(() => db.close());

describe('unsyncedSummary ([S41])', () => {
  it('counts pending (tombstones too) and flagged contacts, and those unsynced since before a date', async () => {
    const a = await saveContact(body);
    const b = await saveContact(body);
    const c = await saveContact(body);
    const d = await saveContact(body);
    await deleteContact(d.id);
    const sent = await pendingBatch(10);
    await applySyncResults(
      sent,
      sent.map((contact) =>
        contact.id === a.id
          ? { id: contact.id, status: 'created' as const, revision: 1 }
          : contact.id === b.id
            ? { id: contact.id, status: 'rejected' as const, reason: 'body.note: too long' }
            : { id: contact.id, status: 'stale' as const, revision: 9 },
      ),
    );
    // c and d conflict (stale), b is rejected: 0 pending, 3 flagged.
    expect(await unsyncedSummary()).toEqual({ pending: 0, flagged: 3, stale: 0 });
    await saveContact(body, c.id);
    await saveContact(body);
    // Old pending changes: pretend one was made four days ago.
    await db.contacts.update(b.id, { pendingSince: '2020-01-01T00:00:00.000Z' });
    expect(await unsyncedSummary('2021-01-01T00:00:00.000Z')).toEqual({ pending: 2, flagged: 2, stale: 1 });
    // Last changed before the date: stale by the index alone.
    await db.contacts.update(c.id, { updatedAt: '2020-06-01T00:00:00.000Z', pendingSince: '2020-06-01T00:00:00.000Z' });
    expect(await unsyncedSummary('2021-01-01T00:00:00.000Z')).toEqual({ pending: 2, flagged: 2, stale: 2 });
    expect(await unsyncedSummary()).toEqual({ pending: 2, flagged: 2, stale: 0 });
    expect(await db.contacts.count()).toBe(5);
  });
});
