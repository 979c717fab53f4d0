/**
 * The team directory's poll against a fake server ([S78], [S87], [S89]): If-None-Match with the stored ETag, the
 * team copy replaced only on a valid 200, kept on 304, 401/403 and network errors; leaving drops the team's
 * entries and keeps the device's; the sync loop reports a failed poll like any other failure.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import type { LimitsDb } from '../../platform/db/db';
import type { Directory } from '../../shared/directory/schema';
import { getDirectoryMeta } from './directory-settings';
import { clearTeamDirectory, pullTeamDirectory } from './directory-sync';
import { createSyncClient } from '../team-sync/sync-client';
import type { HttpDeps } from '../team/sync-http';
import { getSyncRecord, saveTeamSettings, type TeamSettings } from '../team/sync-meta';

const SETTINGS: TeamSettings = {
  serverUrl: 'https://team.example.org/',
  token: `lt_${'w'.repeat(43)}`,
  team: 'Nord',
  role: 'worker',
  label: 'Phone',
  joinedAt: '2026-03-01T10:00:00.000Z',
};
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const DIRECTORY: Directory = {
  version: 3,
  updatedAt: '2026-03-01T09:00:00.000Z',
  entries: [{ id: id(1), schemeId: 'cej', name: 'Mission locale de Lille', phone: '03 20 00 00 00' }],
};

let db: LimitsDb;
let requests: { url: string; headers: Headers }[];
let answers: (() => Response)[];
const deps: HttpDeps = {
  fetch: async (input, init = {}) => {
    requests.push({ url: String(input), headers: new Headers(init.headers) });
    const next = answers.shift();
    if (!next) throw new Error('no answer scripted');
    return next();
  },
  now: () => Date.parse('2026-03-02T10:00:00Z'),
  timeoutMs: 1_000,
  online: () => true,
};
const ok = (body: unknown, etag = '"3-0123456789abcdef"') =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', etag } });
const status = (code: number) => () =>
  new Response(code === 304 ? null : JSON.stringify({ error: 'x', message: 'x' }), { status: code });

beforeEach(async () => {
  db = await freshDb({ content: false });
  await saveTeamSettings(SETTINGS);
  await db.directoryEntries.put({ id: id(9), schemeId: 'cej', name: 'My own', source: 'device' });
  requests = [];
  answers = [];
});

const teamNames = async () => (await db.directoryEntries.where('source').equals('team').toArray()).map((r) => r.name);

describe('team directory on the device', () => {
  it('[S78][S87] a 200 replaces the team copy; the next poll sends the ETag and a 304 keeps it', async () => {
    answers.push(() => ok(DIRECTORY));
    expect(await pullTeamDirectory(deps, SETTINGS)).toEqual({ ok: true, changed: true });
    expect(requests[0]?.url).toBe('https://team.example.org/api/v1/directory');
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${SETTINGS.token}`);
    expect(requests[0]?.headers.get('if-none-match')).toBeNull();
    expect(await teamNames()).toEqual(['Mission locale de Lille']);
    expect(await getDirectoryMeta()).toMatchObject({ version: 3, etag: '"3-0123456789abcdef"' });

    answers.push(status(304));
    expect(await pullTeamDirectory(deps, SETTINGS)).toEqual({ ok: true, changed: false });
    expect(requests[1]?.headers.get('if-none-match')).toBe('"3-0123456789abcdef"');
    expect(await teamNames()).toEqual(['Mission locale de Lille']);
    expect(await db.directoryEntries.get(id(9))).toMatchObject({ source: 'device' });
  });

  it('[S78] 401, 403, a network error or a reply that is not a directory keep the local copy', async () => {
    answers.push(() => ok(DIRECTORY));
    await pullTeamDirectory(deps, SETTINGS);
    const failures = [
      [status(401), 'unauthorized'],
      [status(403), 'forbidden'],
      [
        () => {
          throw new TypeError('Failed to fetch');
        },
        'network',
      ],
      [() => ok({ version: 4, entries: [{ name: 'no id' }] }), 'bad-response'],
    ] as const;
    for (const [answer, kind] of failures) {
      answers.push(answer);
      const pull = await pullTeamDirectory(deps, SETTINGS);
      expect(pull.ok ? undefined : pull.failure.kind).toBe(kind);
      expect(await teamNames()).toEqual(['Mission locale de Lille']);
    }
    expect((await getDirectoryMeta())?.version).toBe(3);
  });

  it('[S89] leaving the team drops the team entries and keeps the device entries', async () => {
    answers.push(() => ok(DIRECTORY));
    await pullTeamDirectory(deps, SETTINGS);
    await clearTeamDirectory();
    expect(await teamNames()).toEqual([]);
    expect(await db.directoryEntries.get(id(9))).toMatchObject({ name: 'My own' });
    expect(await getDirectoryMeta()).toBeUndefined();
  });

  it('[S87] the sync loop polls the directory after the contacts and records a failed poll', async () => {
    const client = createSyncClient({
      ...deps,
      random: () => 0.5,
      pullDirectory: (settings) => pullTeamDirectory(deps, settings),
    });
    answers.push(status(403));
    const outcome = await client.syncNow();
    expect(outcome).toMatchObject({ result: 'failed', failure: { kind: 'forbidden' } });
    expect((await getSyncRecord()).lastError?.key).toBe('errors.forbidden');

    answers.push(() => ok(DIRECTORY));
    expect(await client.syncNow()).toEqual({ result: 'synced', sent: 0 });
    expect(await teamNames()).toEqual(['Mission locale de Lille']);
    expect((await getSyncRecord()).lastError).toBeUndefined();
  });
});
