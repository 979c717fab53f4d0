import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import type { ContactBody } from '../../shared/protocol/protocol';
import {
  applySyncResults,
  deleteContact,
  listRecentlyChanged,
  saveContact,
  saveContactForm,
  toWire,
  updateContactBody,
} from './contact-store';
import type { LimitsDb } from '../../platform/db/db';
import { addReferral, removeReferral, toggleReferralStep } from '../../shared/contacts/referral-ops';

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
});

const body = (overrides: Partial<ContactBody> = {}): ContactBody => ({
  schemaVersion: 1,
  occurredAt: '2026-03-14T21:05:00+01:00',
  ageBands: [],
  topics: [],
  signals: [],
  schemes: [],
  ...overrides,
});

describe('updateContactBody', () => {
  it('[S3][S82] stores the change as the next revision, pending again after a sync', async () => {
    const row = await saveContact(body());
    await applySyncResults([toWire(row)], [{ id: row.id, status: 'created', revision: 1 }]);
    const next = await updateContactBody(row.id, (b) => ({ ...b, schemes: ['cej'] }));
    expect(next).toMatchObject({ revision: 2, syncState: 'pending', syncedRevision: 1 });
    expect(next.pendingSince).toBe(next.updatedAt);
    expect((await db.contacts.get(row.id))?.body?.schemes).toEqual(['cej']);
  });

  it('[S82] two changes started together both land, as two revisions', async () => {
    const row = await saveContact(body());
    await Promise.all([
      updateContactBody(row.id, (b) => ({ ...b, schemes: [...b.schemes, 'cej'] })),
      updateContactBody(row.id, (b) => ({ ...b, schemes: [...b.schemes, 'epide'] })),
    ]);
    const stored = await db.contacts.get(row.id);
    expect(stored?.revision).toBe(3);
    expect([...(stored?.body?.schemes ?? [])].sort()).toEqual(['cej', 'epide']);
  });

  it('[S3] writes nothing when the body does not change', async () => {
    const row = await saveContact(body());
    expect(await updateContactBody(row.id, (b) => ({ ...b }))).toEqual(row);
    // Same content with the keys in another order is the same content ([S8]).
    const { schemaVersion, occurredAt, ageBands, topics, signals, schemes } = body();
    const reordered = await saveContact({ schemes, signals, topics, ageBands, occurredAt, schemaVersion });
    expect(await updateContactBody(reordered.id, (b) => ({ note: undefined, ...b }) as ContactBody)).toEqual(reordered);
    expect((await db.contacts.get(row.id))?.revision).toBe(1);
  });

  it('[S5][S81] refuses a body the server would reject, and a missing or deleted contact', async () => {
    const row = await saveContact(body());
    await expect(updateContactBody(row.id, (b) => ({ ...b, referrals: [{ id: 'nope' }] as never }))).rejects.toThrow();
    expect((await db.contacts.get(row.id))?.revision).toBe(1);
    await expect(updateContactBody('00000000-0000-4000-8000-000000000000', (b) => b)).rejects.toThrow(/No live/);
    await deleteContact(row.id);
    await expect(updateContactBody(row.id, (b) => b)).rejects.toThrow(/No live/);
  });
});

describe('listRecentlyChanged', () => {
  it('[S85] gives the live contacts changed last, newest change first, at most the limit', async () => {
    const a = await saveContact(body({ place: 'A' }));
    const b = await saveContact(body({ place: 'B' }));
    const c = await saveContact(body({ place: 'C' }));
    await deleteContact(c.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateContactBody(a.id, (old) => ({ ...old, note: 'later' }));
    expect((await listRecentlyChanged(10)).map((row) => row.id)).toEqual([a.id, b.id]);
    expect((await listRecentlyChanged(1)).map((row) => row.id)).toEqual([a.id]);
  });
});

describe('saveContactForm', () => {
  const AT = '2026-03-15T10:00:00.000Z';

  it('[S82] keeps the referrals stored when it writes, not those the form was drawn with', async () => {
    const added = addReferral(body(), 'epide', 'referral-epide', AT);
    const row = await saveContact(added.body);
    // The form is drawn from this revision; then a tick is stored before the user presses Save.
    const drawn = row.body as ContactBody;
    await updateContactBody(row.id, (b) => toggleReferralStep(b, added.referral.id, 'explain', ['explain'], AT));
    const saved = await saveContactForm({ ...drawn, note: 'Calm' }, row.id);
    expect(saved.revision).toBe(3);
    expect(saved.body).toMatchObject({ note: 'Calm' });
    expect(saved.body?.referrals?.map((r) => r.stepsDone)).toEqual([['explain']]);
    expect((await db.contacts.get(row.id))?.body?.referrals?.[0]?.stepsDone).toEqual(['explain']);
  });

  it('[S82] does not bring back a referral removed before Save', async () => {
    const added = addReferral(body(), 'epide', 'referral-epide', AT);
    const row = await saveContact(added.body);
    const drawn = row.body as ContactBody;
    await updateContactBody(row.id, (b) => removeReferral(b, added.referral.id));
    const saved = await saveContactForm({ ...drawn, note: 'Calm' }, row.id);
    expect(saved.body?.referrals ?? []).toEqual([]);
    expect(saved.body?.note).toBe('Calm');
  });
});
