import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import { getVaultSession } from '../../platform/vault';
import type { ContactBody } from '../../shared/protocol/protocol';
import { applySyncResults, saveContact, saveDraft, toWire } from '../contacts/contact-store';
import type { LimitsDb } from '../../platform/db/db';
import { getRetentionDays, purgeExpiredContacts, setRetentionDays, wipeDeviceData } from './device-data';
import { hasPasscode, setPasscode, setVaultIterationsForTests } from './vault-store';

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
  setVaultIterationsForTests(1000);
});
afterEach(() => getVaultSession().lock('manual'));

const body: ContactBody = {
  schemaVersion: 1,
  occurredAt: '2026-01-01T10:00:00Z',
  ageBands: [],
  topics: [],
  signals: [],
  schemes: [],
};
const DAY = 24 * 60 * 60 * 1000;

async function synced() {
  const row = await saveContact(body);
  await applySyncResults([toWire(row)], [{ id: row.id, status: 'created', revision: 1 }]);
  return row;
}

describe('retention ([S91])', () => {
  it('removes synced contacts last changed before the period, never unsynced ones', async () => {
    expect(await getRetentionDays()).toBe(90);
    const old = await synced();
    const pending = await saveContact(body);
    await saveDraft(`edit:${old.id}`, { note: 'x' });
    expect(await purgeExpiredContacts(Date.now() + 89 * DAY)).toBe(0);
    expect(await purgeExpiredContacts(Date.now() + 91 * DAY)).toBe(1);
    expect(await db.contacts.get(old.id)).toBeUndefined();
    expect(await db.contactDrafts.get(`edit:${old.id}`)).toBeUndefined();
    expect(await db.contacts.get(pending.id)).toBeDefined();
  });

  it('follows the period set in Settings', async () => {
    const row = await synced();
    await setRetentionDays(30);
    expect(await purgeExpiredContacts(Date.now() + 31 * DAY)).toBe(1);
    expect(await db.contacts.get(row.id)).toBeUndefined();
  });
});

describe('sign-out wipe (ASVS V14.3.1)', () => {
  it('erases contacts, drafts, dashboard reports, key record, token and app storage keys, and locks', async () => {
    await setPasscode('wipe test phrase');
    await saveContact(body);
    await saveDraft('new', { note: 'typed' });
    await db.syncMeta.put({ key: 'team', value: { token: 'lt_secret' } });
    await db.statsReports.put({ key: 'from=2026-01-01', serverUrl: 'u', joinedAt: 'j', loadedAt: 'l', report: {} });
    localStorage.setItem('limits-terrain:preferences', '{}');
    localStorage.setItem('other-site-key', 'kept');
    await wipeDeviceData();
    expect(await db.contacts.count()).toBe(0);
    expect(await db.contactDrafts.count()).toBe(0);
    expect(await db.syncMeta.count()).toBe(0);
    expect(await db.statsReports.count()).toBe(0);
    expect(await hasPasscode()).toBe(false);
    expect(getVaultSession().getSnapshot()).toEqual({ status: 'locked', reason: 'sign-out' });
    expect(localStorage.getItem('limits-terrain:preferences')).toBeNull();
    expect(localStorage.getItem('other-site-key')).toBe('kept');
  });
});
