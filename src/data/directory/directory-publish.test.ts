/**
 * "Publish to the team" against a fake server ([S74], [S88]): the whole list with the stored version as
 * baseVersion; on 200 the device's entries become the team's; 409 and 422 change nothing on the device.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import type { LimitsDb } from '../../platform/db/db';
import { publishDirectory } from './directory-publish';
import { storeTeamDirectory } from './directory-sync';
import type { HttpDeps } from '../team/sync-http';
import { saveTeamSettings } from '../team/sync-meta';

const TOKEN = `lt_${'k'.repeat(43)}`;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let db: LimitsDb;
let sent: { method?: string; body: { baseVersion?: number; entries: { id: string; name: string }[] } }[];
let answer: (body: (typeof sent)[number]['body']) => Response;
const deps: HttpDeps = {
  fetch: async (_input, init = {}) => {
    const body = JSON.parse(String(init.body)) as (typeof sent)[number]['body'];
    sent.push({ method: init.method, body });
    return answer(body);
  },
  now: () => Date.parse('2026-03-02T10:00:00Z'),
  timeoutMs: 1_000,
  online: () => true,
};
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const membership = (role: 'worker' | 'coordinator') => ({
  serverUrl: 'https://team.example.org',
  team: 'Nord',
  role,
  label: 'Office',
  joinedAt: '2026-03-01T10:00:00.000Z',
});

async function join(role: 'worker' | 'coordinator') {
  await saveTeamSettings({ ...membership(role), token: TOKEN });
}

beforeEach(async () => {
  db = await freshDb({ content: false });
  sent = [];
  await join('coordinator');
  await storeTeamDirectory(
    { version: 2, updatedAt: '2026-03-01T10:00:00.000Z', entries: [{ id: id(1), schemeId: 'cej', name: 'Team one' }] },
    { etag: '"2-aaaa"', membership: membership('coordinator'), fetchedAt: '2026-03-01T10:00:00.000Z' },
  );
  await db.directoryEntries.put({ id: id(2), schemeId: 'epide', name: 'Added here', source: 'device' });
});

describe('publishing the team directory', () => {
  it('[S74][S88] sends every entry with baseVersion; on 200 the device entries become the team’s', async () => {
    answer = (body) =>
      json(200, { version: 3, updatedAt: '2026-03-02T10:00:00.000Z', entries: body.entries }, { etag: '"3-bbbb"' });
    expect(await publishDirectory(deps)).toEqual({ result: 'published', version: 3, count: 2 });
    expect(sent[0]?.method).toBe('PUT');
    expect(sent[0]?.body.baseVersion).toBe(2);
    expect(sent[0]?.body.entries.map((entry) => entry.name)).toEqual(['Team one', 'Added here']);
    expect(sent[0]?.body.entries[1]).not.toHaveProperty('source');
    expect((await db.directoryEntries.toArray()).map((row) => [row.name, row.source])).toEqual([
      ['Team one', 'team'],
      ['Added here', 'team'],
    ]);
    expect((await db.syncMeta.get('directory'))?.value).toMatchObject({ version: 3, etag: '"3-bbbb"' });
  });

  it('[S74] a 409 or a 422 changes nothing on the device; a worker cannot publish', async () => {
    answer = () => json(409, { error: 'version_conflict', message: 'the directory is at version 5' });
    expect(await publishDirectory(deps)).toEqual({ result: 'conflict' });
    answer = () => json(422, { error: 'invalid_directory', message: 'entries.1.phone: not a phone number' });
    expect(await publishDirectory(deps)).toEqual({
      result: 'invalid',
      message: 'entries.1.phone: not a phone number',
    });
    expect((await db.directoryEntries.get(id(2)))?.source).toBe('device');
    expect((await db.syncMeta.get('directory'))?.value).toMatchObject({ version: 2 });

    await join('worker');
    expect(await publishDirectory(deps)).toEqual({ result: 'not-coordinator' });
    expect(sent).toHaveLength(2);
  });
});
