/**
 * The contact store announces every change the outbox has to send, by itself: the writers of src/data/contacts
 * (save, delete, keep mine, referrals) no longer dispatch anything, so these tests call them with no listener
 * but the one below.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import type { LimitsDb } from '../../platform/db/db';
import type { Contact, ContactBody } from '../../shared/protocol/protocol';
import { onContactChange } from './contact-events';
import { applySyncResults, pendingBatch, resolveTakeServer, updateContactBody } from './contact-store';
import { deleteContact } from './delete-contact';
import { changeReferral } from './referrals/change-referral';
import { startReferral } from './referrals/start-referral';
import { resolveKeepLocal } from './resolve-keep-local';
import { saveContact } from './save-contact';

let db: LimitsDb;
const heard = vi.fn();
let stop: () => void;
beforeEach(async () => {
  db = await freshDb({ content: false });
  heard.mockReset();
  stop = onContactChange(heard);
});
afterEach(() => {
  stop();
  db.close();
});

const body = (note: string): ContactBody => ({
  schemaVersion: 1,
  occurredAt: '2026-03-14T21:05:00+01:00',
  ageBands: [],
  topics: [],
  signals: [],
  schemes: [],
  note,
});

/** A contact the server answered "stale" for: in conflict, with the server's copy kept beside it. */
async function conflicted(): Promise<string> {
  const row = await saveContact(body('mine'));
  const sent = (await pendingBatch(10)).filter((contact) => contact.id === row.id);
  const server: Contact = { id: row.id, revision: 4, updatedAt: '2026-03-14T19:00:00.000Z', deleted: false, body: body('theirs') };
  await applySyncResults(sent, [{ id: row.id, status: 'stale', reason: 'newer on the server', server }]);
  return row.id;
}

describe('contact change events', () => {
  it('fires once per write that leaves something to send, from every writer', async () => {
    const row = await saveContact(body('first'));
    expect(heard).toHaveBeenCalledTimes(1);
    await saveContact(body('second'), row.id);
    expect(heard).toHaveBeenCalledTimes(2);

    const started = await startReferral({ schemeId: 'cej', checklistId: 'cej-referral', occurredAt: body('').occurredAt });
    expect(heard).toHaveBeenCalledTimes(3);
    await startReferral({ schemeId: 'epide', checklistId: 'epide-referral', contactId: started.contactId, occurredAt: '' });
    expect(heard).toHaveBeenCalledTimes(4);
    await changeReferral(started.contactId, (current) => ({ ...current, note: 'after the call' }));
    expect(heard).toHaveBeenCalledTimes(5);

    await deleteContact(row.id);
    expect(heard).toHaveBeenCalledTimes(6);
  });

  it('is silent when nothing new waits: a change to the same body, an answer of the server, taking its copy', async () => {
    const row = await saveContact(body('same'));
    heard.mockReset();
    await updateContactBody(row.id, (current) => ({ ...current }));
    expect(heard).not.toHaveBeenCalled();

    const id = await conflicted();
    heard.mockReset();
    await resolveTakeServer(id);
    expect(await db.contacts.get(id)).toMatchObject({ syncState: 'synced' });
    expect(heard).not.toHaveBeenCalled();
  });

  it('fires when "keep mine" settles a conflict: the device’s version has to be sent again', async () => {
    const id = await conflicted();
    heard.mockReset();
    await resolveKeepLocal(id);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
