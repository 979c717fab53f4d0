/**
 * The unlock-time work the app hands to the lock (unlock-work.ts) and startLock runs: setting the passcode seals
 * what was stored in clear ([S92], [S93]).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/render-app';
import { saveContact } from '../data/contacts/contact-store';
import type { LimitsDb } from '../platform/db/db';
import { setVaultIterationsForTests } from '../data/device-lock/vault-store';
import { getVaultSession, isEnvelope } from '../platform/vault';
import { saveTeamSettings } from '../data/team/sync-meta';
import { setPasscode } from '../data/device-lock/set-passcode';
import { startLock } from '../data/device-lock/start-lock';
import { installUnlockWork } from './unlock-work';

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
  setVaultIterationsForTests(1000);
  installUnlockWork();
});
afterEach(() => getVaultSession().lock('manual'));

describe('startLock', () => {
  it('[S92][S93] setting the passcode seals the contacts and the team access code stored before it', async () => {
    for (let i = 0; i < 5; i++) {
      await saveContact({
        schemaVersion: 1,
        occurredAt: '2026-03-01T10:00:00.000Z',
        ageBands: [],
        topics: [],
        signals: [],
        schemes: [],
        note: `before the code ${i}`,
      });
    }
    await saveTeamSettings({
      serverUrl: 'https://team.example.org',
      token: `lt_${'s'.repeat(43)}`,
      team: 'Nord',
      role: 'worker',
      label: 'Phone',
      joinedAt: '2026-03-01T10:00:00.000Z',
    });
    await startLock();
    await setPasscode('start lock phrase');

    await expect.poll(async () => (await db.contacts.toArray()).filter((row) => !isEnvelope(row.body)).length).toBe(0);
    const storedToken = async () => ((await db.syncMeta.get('team'))?.value as { token?: unknown } | undefined)?.token;
    await expect.poll(async () => isEnvelope(await storedToken())).toBe(true);
  });
});
