/**
 * A coordinator edits the team's entries in place ([S88]): the edit is saved as a device entry with the same id,
 * shows once and flagged until published, and the next publication sends it. A worker's team entries stay
 * read-only.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import type { LimitsDb } from '../../../platform/db/db';
import { saveTeamSettings } from '../../../data/team/sync-meta';
import { DirectoryView } from './directory-view';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TEAM_ENTRY = { id: id(5), schemeId: 'cej', name: 'Mission locale de Lille', source: 'team' as const };
const UNPUBLISHED = 'Changed on this device, not published yet';

let db: LimitsDb;
const join = (role: 'worker' | 'coordinator') =>
  saveTeamSettings({
    serverUrl: 'https://team.example.org',
    token: `lt_${'c'.repeat(43)}`,
    team: 'Nord',
    role,
    label: 'Office',
    joinedAt: '2026-03-01T10:00:00.000Z',
  });

beforeEach(async () => {
  db = await freshDb();
  await db.directoryEntries.bulkPut([
    TEAM_ENTRY,
    { id: id(6), schemeId: 'cej', name: 'France Travail Lille', source: 'team' },
  ]);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('editing a team entry', { timeout: 30_000 }, () => {
  it('[S88] a coordinator edits it: one row, same id, device source, flagged until published', async () => {
    await join('coordinator');
    const user = userEvent.setup({ delay: null });
    await renderApp(<DirectoryView />, { url: '/directory' });
    const card = await screen.findByRole('article', { name: 'Mission locale de Lille' });
    expect(card).not.toHaveTextContent(UNPUBLISHED);
    // Editing is offered; removing a team entry is not (the next sync would bring it back).
    expect(within(card).queryByRole('button', { name: 'Remove Mission locale de Lille' })).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Edit Mission locale de Lille' }));
    expect(screen.getByText(/your change stays on this device until you publish/)).toBeInTheDocument();
    const name = screen.getByLabelText('Name of the structure (required)');
    await user.clear(name);
    await user.type(name, 'Mission locale Lille Métropole');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const edited = await screen.findByRole('article', { name: 'Mission locale Lille Métropole' });
    expect(edited).toHaveTextContent(UNPUBLISHED);
    expect(edited).toHaveTextContent('On this device only');
    expect(screen.queryByRole('article', { name: 'Mission locale de Lille' })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getByText('2 structures in the directory.')).toBeInTheDocument();
    expect(await db.directoryEntries.toArray()).toEqual([
      { ...TEAM_ENTRY, name: 'Mission locale Lille Métropole', source: 'device' },
      { id: id(6), schemeId: 'cej', name: 'France Travail Lille', source: 'team' },
    ]);
    expect(screen.getByRole('article', { name: 'France Travail Lille' })).not.toHaveTextContent(UNPUBLISHED);
  });

  it('[S88] publishing sends the edited entry under its id; it becomes the team’s again', async () => {
    await join('coordinator');
    await db.directoryEntries.put({ ...TEAM_ENTRY, name: 'Mission locale Lille Métropole', source: 'device' });
    const fetch = vi.fn<typeof globalThis.fetch>().mockImplementation(
      async (_url, init) =>
        new Response(
          JSON.stringify({
            version: 2,
            updatedAt: '2026-03-02T10:00:00.000Z',
            entries: (JSON.parse(String(init?.body)) as { entries: unknown[] }).entries,
          }),
          { status: 200, headers: { 'content-type': 'application/json', etag: '"2-abcd"' } },
        ),
    );
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup({ delay: null });
    await renderApp(<DirectoryView />, { url: '/directory' });
    await user.click(await screen.findByRole('button', { name: 'Publish to the team' }));
    await screen.findByText(/Published: version 2, 2 structures/);

    const body = JSON.parse(String(fetch.mock.calls[0]?.[1]?.body)) as { entries: unknown[] };
    expect(body.entries).toContainEqual({ id: id(5), schemeId: 'cej', name: 'Mission locale Lille Métropole' });
    expect(body.entries).toHaveLength(2);
    const card = await screen.findByRole('article', { name: 'Mission locale Lille Métropole' });
    await vi.waitFor(() => expect(card).toHaveTextContent('From the team'));
    expect(card).not.toHaveTextContent(UNPUBLISHED);
    expect((await db.directoryEntries.get(id(5)))?.source).toBe('team');
  });

  it('[S88] a worker sees the team’s entries read-only', async () => {
    await join('worker');
    await renderApp(<DirectoryView />, { url: '/directory' });
    const card = await screen.findByRole('article', { name: 'Mission locale de Lille' });
    expect(card).toHaveTextContent('From the team');
    expect(within(card).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit / })).toBeNull();
  });
});
