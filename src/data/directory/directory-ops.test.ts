/**
 * The directory's storage operations on fake-indexeddb ([S87]–[S89]): device entries added, edited and removed;
 * team entries read-only from here except on a coordinator's device, where an edit shadows the team copy until
 * published; an import stored whole; the team copy replaced without touching the device's.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import type { LimitsDb } from '../../platform/db/db';
import { storeTeamDirectory } from './directory-sync';
import { saveTeamSettings } from '../team/sync-meta';
import { importDeviceEntries } from './import-device-entries';
import { listDirectory } from './list-directory';
import { listSchemeEntries } from './list-scheme-entries';
import { removeDeviceEntry } from './remove-device-entry';
import { saveDeviceEntry } from './save-device-entry';

const TOKEN = `lt_${'c'.repeat(43)}`;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const WORKER = {
  serverUrl: 'https://team.example.org',
  team: 'Nord',
  role: 'worker' as const,
  label: 'Phone',
  joinedAt: '2026-03-01T10:00:00.000Z',
};

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
  await saveTeamSettings({ ...WORKER, token: TOKEN });
});

const team = (entries: { id: string; schemeId: string; name: string }[], version = 1) =>
  storeTeamDirectory(
    { version, updatedAt: '2026-03-01T10:00:00.000Z', entries },
    { etag: `"${version}-abc"`, membership: WORKER, fetchedAt: '2026-03-01T10:00:01.000Z' },
  );

describe('directory storage', () => {
  it('[S88] adds, edits and removes device entries; lists them by scheme and name', async () => {
    await saveDeviceEntry({ id: id(1), schemeId: 'cej', name: '  Mission locale de Roubaix ' });
    await saveDeviceEntry({ id: id(2), schemeId: 'cej', name: 'France Travail Lille', phone: '03 20 00 00 00' });
    await saveDeviceEntry({ id: id(3), schemeId: 'epide', name: 'EPIDE Cambrai' });
    expect((await listSchemeEntries('cej')).map((row) => row.name)).toEqual([
      'France Travail Lille',
      'Mission locale de Roubaix',
    ]);
    await saveDeviceEntry({ id: id(1), schemeId: 'cej', name: 'Mission locale Roubaix-Tourcoing' });
    expect(await db.directoryEntries.get(id(1))).toEqual({
      id: id(1),
      schemeId: 'cej',
      name: 'Mission locale Roubaix-Tourcoing',
      source: 'device',
    });
    await removeDeviceEntry(id(2));
    expect((await listDirectory()).map((row) => row.id)).toEqual([id(3), id(1)]);
  });

  it('[S71] refuses an invalid entry and never overwrites a team entry', async () => {
    await expect(saveDeviceEntry({ id: id(1), schemeId: 'cej', name: 'X', phone: '12' })).rejects.toThrow();
    await team([{ id: id(5), schemeId: 'cej', name: 'Mission locale de Lille' }]);
    await expect(saveDeviceEntry({ id: id(5), schemeId: 'cej', name: 'Mine now' })).rejects.toThrow(/read-only/);
    await removeDeviceEntry(id(5));
    expect((await db.directoryEntries.get(id(5)))?.name).toBe('Mission locale de Lille');
  });

  it('[S88] a coordinator edits a team entry: one row, same id, device source, kept by the next sync', async () => {
    // Promoted in the same membership (same server, same joining): the team copy stays this device's.
    await saveTeamSettings({ ...WORKER, role: 'coordinator', token: TOKEN });
    const published = { id: id(5), schemeId: 'cej', name: 'Mission locale de Lille' };
    await team([published, { id: id(6), schemeId: 'cej', name: 'France Travail Lille' }]);
    await saveDeviceEntry({ ...published, name: 'Mission locale Lille Métropole', phone: '03 20 12 34 56' });
    const edited = { ...published, name: 'Mission locale Lille Métropole', phone: '03 20 12 34 56', source: 'device' };
    expect((await listDirectory()).filter((row) => row.id === id(5))).toEqual([edited]);
    // A sync of the same team version before publishing must not bring the old copy back, nor a second row.
    await team([published, { id: id(6), schemeId: 'cej', name: 'France Travail Lille' }]);
    expect((await listDirectory()).map((row) => [row.id, row.source, row.name])).toEqual([
      [id(6), 'team', 'France Travail Lille'],
      [id(5), 'device', 'Mission locale Lille Métropole'],
    ]);
  });

  it('[S75] stores a whole import as device entries', async () => {
    const count = await importDeviceEntries([
      { id: id(1), schemeId: 'cej', name: 'A' },
      { id: id(2), schemeId: 'e2c', name: 'B' },
    ]);
    expect(count).toBe(2);
    expect((await db.directoryEntries.where('source').equals('device').toArray()).map((row) => row.name)).toEqual([
      'A',
      'B',
    ]);
  });

  it('[S87] replaces the team entries whole and leaves the device entries alone', async () => {
    await saveDeviceEntry({ id: id(9), schemeId: 'cej', name: 'My own' });
    await team([
      { id: id(1), schemeId: 'cej', name: 'Old 1' },
      { id: id(2), schemeId: 'cej', name: 'Old 2' },
    ]);
    await team([{ id: id(3), schemeId: 'epide', name: 'New' }], 2);
    const rows = await db.directoryEntries.toArray();
    expect(rows.map((row) => [row.id, row.source])).toEqual([
      [id(3), 'team'],
      [id(9), 'device'],
    ]);
    expect((await db.syncMeta.get('directory'))?.value).toMatchObject({ version: 2, etag: '"2-abc"' });
  });

  it('[S87] an answer for a membership that is no longer joined changes nothing', async () => {
    const stored = await storeTeamDirectory(
      { version: 1, updatedAt: null, entries: [{ id: id(1), schemeId: 'cej', name: 'A' }] },
      { membership: { ...WORKER, joinedAt: '2026-02-01T10:00:00.000Z' }, fetchedAt: '2026-03-01T10:00:00.000Z' },
    );
    expect(stored).toBe(false);
    expect(await db.directoryEntries.count()).toBe(0);
  });
});
