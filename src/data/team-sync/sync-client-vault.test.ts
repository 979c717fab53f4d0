/** [S90]: with a passcode set, a locked tab sends nothing; unlocked, bodies are decrypted and sent. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import { countPending, saveContact } from '../contacts/contact-store';
import { setPasscode, setVaultIterationsForTests, unlockVault } from '../device-lock/vault-store';
import { getVaultSession } from '../../platform/vault';
import type { Contact } from '../../shared/protocol/protocol';
import { createSyncClient } from './sync-client';
import { saveTeamSettings } from '../team/sync-meta';

const PASSCODE = 'sync test phrase';
let sent: Contact[][];

function client() {
  return createSyncClient({
    fetch: async (_url, init) => {
      const contacts = (JSON.parse(String(init?.body)) as { contacts: Contact[] }).contacts;
      sent.push(contacts);
      const results = contacts.map((c) => ({ id: c.id, status: 'created', revision: c.revision }));
      return new Response(JSON.stringify({ results, serverTime: new Date().toISOString() }), {
        headers: { 'Content-Type': 'application/json' },
      });
    },
    now: () => Date.now(),
    random: () => 0.5,
    timeoutMs: 1_000,
    online: () => true,
  });
}

beforeEach(async () => {
  await freshDb({ content: false });
  sent = [];
  setVaultIterationsForTests(1000);
  await saveTeamSettings({
    serverUrl: 'https://team.example.org',
    token: `lt_${'x'.repeat(43)}`,
    team: 'Nord',
    role: 'worker',
    label: 'Phone 1',
    joinedAt: new Date().toISOString(),
  });
});
afterEach(() => getVaultSession().lock('manual'));

describe('sync with the vault ([S90])', () => {
  it('[S90] locked: answers "locked" and sends nothing; unlocked: sends the decrypted bodies', async () => {
    await setPasscode(PASSCODE);
    await saveContact({
      schemaVersion: 1,
      occurredAt: '2026-03-14T21:05:00Z',
      ageBands: [],
      topics: [],
      signals: [],
      schemes: [],
      note: 'hello',
    });
    getVaultSession().lock('manual');
    expect(await client().syncNow()).toEqual({ result: 'locked' });
    expect(sent).toHaveLength(0);
    expect(await countPending()).toBe(1);

    await unlockVault(PASSCODE);
    expect(await client().syncNow()).toEqual({ result: 'synced', sent: 1 });
    expect(sent[0]?.[0]?.body?.note).toBe('hello');
    expect(await countPending()).toBe(0);
  });
});
