/** [S93]: the team's access code is sealed once a passcode exists; the team's name stays readable while locked. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import type { LimitsDb } from '../../platform/db/db';
import { setPasscode, setVaultIterationsForTests, unlockVault } from '../device-lock/vault-store';
import { getVaultSession, isEnvelope, VaultLockedError } from '../../platform/vault';
import {
  clearTeamSettings,
  EMPTY_SYNC_RECORD,
  getSyncRecord,
  getTeamInfo,
  getTeamSettings,
  putSyncRecord,
  saveTeamSettings,
  sealTeamToken,
  type TeamSettings,
} from './sync-meta';

const PASSCODE = 'team token phrase';
const TOKEN = `lt_${'t'.repeat(43)}`;
const team = (joinedAt = '2026-03-01T10:00:00.000Z'): TeamSettings => ({
  serverUrl: 'https://team.example.org',
  token: TOKEN,
  team: 'Nord',
  role: 'worker',
  label: 'Phone 1',
  joinedAt,
});
let db: LimitsDb;
const rawTeamRow = async () => (await db.syncMeta.get('team'))?.value as Record<string, unknown> | undefined;
/** What a file-level reader of the row would find: the token's characters, anywhere. */
const rowHoldsToken = async () => {
  const value = await rawTeamRow();
  const token = value?.token;
  // jsdom and Node have different Uint8Array classes: check the view, not the class.
  const bytes = ArrayBuffer.isView(token) ? Buffer.from(token.buffer).toString('latin1') : JSON.stringify(token);
  return JSON.stringify(value).includes(TOKEN) || bytes.includes(TOKEN);
};

beforeEach(async () => {
  db = await freshDb({ content: false });
  setVaultIterationsForTests(1000);
});
afterEach(() => getVaultSession().lock('manual'));

describe('the team access code at rest ([S93])', () => {
  it('[S93] joined before the passcode: sealed at the next unlock; info readable while locked, token not', async () => {
    await saveTeamSettings(team());
    expect(await rowHoldsToken()).toBe(true);
    expect(await sealTeamToken()).toBe(false); // no passcode yet: nothing to seal with

    await setPasscode(PASSCODE);
    expect(await sealTeamToken()).toBe(true);
    expect(await sealTeamToken()).toBe(false);
    expect(isEnvelope((await rawTeamRow())?.token)).toBe(true);
    expect(await rowHoldsToken()).toBe(false);
    expect(await getTeamSettings()).toEqual(team());

    getVaultSession().lock('manual');
    expect(await getTeamInfo()).toEqual({
      serverUrl: 'https://team.example.org',
      team: 'Nord',
      role: 'worker',
      label: 'Phone 1',
      joinedAt: '2026-03-01T10:00:00.000Z',
    });
    await expect(getTeamSettings()).rejects.toBeInstanceOf(VaultLockedError);
    await unlockVault(PASSCODE);
    expect((await getTeamSettings())?.token).toBe(TOKEN);
  });

  it('[S93] joining with a passcode never writes the token in clear; locked, joining fails and stores nothing', async () => {
    await setPasscode(PASSCODE);
    await saveTeamSettings(team());
    expect(await rowHoldsToken()).toBe(false);
    expect((await getTeamSettings())?.token).toBe(TOKEN);

    await clearTeamSettings();
    getVaultSession().lock('manual');
    await expect(saveTeamSettings(team())).rejects.toBeInstanceOf(VaultLockedError);
    expect(await rawTeamRow()).toBeUndefined();
  });

  it('[S93] the sealed token opens only as the team row’s token (bound to table, row and field)', async () => {
    await setPasscode(PASSCODE);
    await saveTeamSettings(team());
    const sealed = (await rawTeamRow())?.token;
    expect((await getTeamSettings())?.token).toBe(TOKEN);
    // The same envelope read as another field is refused: its associated data names table, id and field.
    await expect(
      getVaultSession().decrypt(sealed as Uint8Array<ArrayBuffer>, { table: 'syncMeta', id: 'team', field: 'label' }),
    ).rejects.toThrow();
  });

  it('a sync outcome is stored only for the membership it belongs to (joining again makes a new one)', async () => {
    await saveTeamSettings(team('2026-03-01T10:00:00.000Z'));
    const first = team('2026-03-01T10:00:00.000Z');
    const record = { ...EMPTY_SYNC_RECORD, lastSuccessAt: '2026-03-01T11:00:00.000Z' };
    expect(await putSyncRecord(record, first)).toBe(true);
    expect(await getSyncRecord()).toEqual(record);

    await saveTeamSettings(team('2026-03-02T09:00:00.000Z'));
    expect(await putSyncRecord({ ...record, lastSuccessAt: '2026-03-02T09:30:00.000Z' }, first)).toBe(false);
    expect(await getSyncRecord()).toEqual(EMPTY_SYNC_RECORD);
  });
});
