/**
 * The coordinator's publication as a user sees it ([S74], [S88]): a 409 is explained and the team's version can be
 * loaded (the device's additions stay); a 422 shows the server's message; a success says which version.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import type { LimitsDb } from '../../../platform/db/db';
import { saveTeamSettings } from '../../../data/team/sync-meta';
import { DirectoryView } from './directory-view';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', etag: '"7-abcd"' } });

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb();
  await saveTeamSettings({
    serverUrl: 'https://team.example.org',
    token: `lt_${'c'.repeat(43)}`,
    team: 'Nord',
    role: 'coordinator',
    label: 'Office',
    joinedAt: '2026-03-01T10:00:00.000Z',
  });
  await db.directoryEntries.put({ id: id(1), schemeId: 'cej', name: 'Mission locale de Lille', source: 'device' });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('publish to the team', { timeout: 30_000 }, () => {
  it('[S88] explains a conflict and loads the team’s version, keeping the device’s structures', async () => {
    const user = userEvent.setup({ delay: null });
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(json(409, { error: 'version_conflict', message: 'at version 7' }))
      .mockResolvedValueOnce(
        json(200, {
          version: 7,
          updatedAt: '2026-03-02T10:00:00.000Z',
          entries: [{ id: id(2), schemeId: 'epide', name: 'EPIDE Cambrai' }],
        }),
      );
    vi.stubGlobal('fetch', fetch);
    await renderApp(<DirectoryView />, { url: '/directory' });
    await user.click(await screen.findByRole('button', { name: 'Publish to the team' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Someone published a newer version/);
    await user.click(within(alert).getByRole('button', { name: 'Load the team’s version' }));
    await screen.findByText(/The team’s current version is now on this device/);
    expect(await screen.findByRole('article', { name: 'EPIDE Cambrai' })).toHaveTextContent('From the team');
    expect(screen.getByRole('article', { name: 'Mission locale de Lille' })).toHaveTextContent('On this device only');
    expect(new Headers(fetch.mock.calls[1]?.[1]?.headers).get('if-none-match')).toBeNull();
  });

  it('[S74] shows the server’s message on 422, and the version on success', async () => {
    const user = userEvent.setup({ delay: null });
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(json(422, { error: 'invalid_directory', message: 'entries.0.phone: not a phone number' }))
      .mockImplementationOnce(async (_url, init) =>
        json(200, {
          version: 1,
          updatedAt: '2026-03-02T10:00:00.000Z',
          entries: (JSON.parse(String(init?.body)) as { entries: unknown[] }).entries,
        }),
      );
    vi.stubGlobal('fetch', fetch);
    await renderApp(<DirectoryView />, { url: '/directory' });
    await user.click(await screen.findByRole('button', { name: 'Publish to the team' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server refused the directory:');
    expect(alert).toHaveTextContent('entries.0.phone: not a phone number');

    await user.click(screen.getByRole('button', { name: 'Publish to the team' }));
    await screen.findByText('Published: version 1, 1 structure. The team receives it on its next sync.');
    expect(await screen.findByRole('article', { name: 'Mission locale de Lille' })).toHaveTextContent('From the team');
  });
});
