import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import type { LimitsDb } from '../../../platform/db/db';
import { getContact, saveContact } from '../../../data/contacts/contact-store';
import { setPasscode, setVaultIterationsForTests, unlockVault } from '../../../data/device-lock/vault-store';
import { getVaultSession } from '../../../platform/vault';
import { getSyncRecord, getTeamInfo, getTeamSettings, saveTeamSettings } from '../../../data/team/sync-meta';
import { reloadTeam } from '../../../data/team-sync/sync-triggers';
import { TeamPanel } from './team-panel';

const TOKEN = `lt_${'Ab3-_'.repeat(8)}xyz`;
const body = {
  schemaVersion: 1 as const,
  occurredAt: '2026-02-28T21:00:00.000Z',
  ageBands: [],
  topics: [],
  signals: [],
  schemes: [],
};

const json = (status: number, value: unknown) =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });

let db: LimitsDb;
let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  db = await freshDb({ content: false });
  fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url.endsWith('/api/v1/me')) {
      const auth = new Headers(init?.headers).get('authorization');
      return auth === `Bearer ${TOKEN}`
        ? json(200, { team: 'Nord', role: 'worker', label: 'Phone of Sam' })
        : json(401, { error: 'unauthorized', message: 'Invalid bearer token' });
    }
    // Each sync also reads the team directory ([S87]): none published yet.
    if (url.endsWith('/api/v1/directory')) return json(200, { version: 0, updatedAt: null, entries: [] });
    const { contacts } = JSON.parse(String(init?.body)) as { contacts: { id: string; revision: number }[] };
    return json(200, {
      results: contacts.map((c) => ({ id: c.id, status: 'created', revision: c.revision })),
      serverTime: new Date().toISOString(),
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  await reloadTeam(undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

describe('Settings → Team', () => {
  it('joins with a pasted link after the server names the team, then syncs', async () => {
    const user = userEvent.setup();
    await saveContact(body);
    await reloadTeam(undefined);
    await renderApp(<TeamPanel />, { url: '/settings' });
    expect(await screen.findByText(/has not joined a team/)).toBeInTheDocument();

    const field = screen.getByLabelText('Join link or code');
    await user.type(field, 'hello');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/not a join code/);

    await user.clear(field);
    await user.type(field, `http://localhost:3000/join#token=${TOKEN}`);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const question = await screen.findByRole('heading', {
      name: 'Join team “Nord” as outreach worker (Phone of Sam)?',
    });
    expect(question).toBeInTheDocument();
    expect(screen.getByText('Server: http://localhost:3000')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Join the team' }));
    expect(await screen.findByText(/is now in team “Nord”/)).toBeInTheDocument();
    expect(await getTeamSettings()).toMatchObject({
      serverUrl: 'http://localhost:3000',
      token: TOKEN,
      team: 'Nord',
      role: 'worker',
      label: 'Phone of Sam',
    });
    // Joining starts a sync: the pending contact reaches the (fake) server.
    await waitFor(async () => expect((await db.contacts.toArray())[0]?.syncState).toBe('synced'));
    expect(screen.getByText('Phone of Sam')).toBeInTheDocument();
    expect(await screen.findByText(/Everything recorded on this device has reached the server/)).toBeInTheDocument();
  });

  it('shows a refused code in plain words, and never stores it', async () => {
    const user = userEvent.setup();
    await renderApp(<TeamPanel />, { url: '/settings' });
    await user.type(await screen.findByLabelText('Join link or code'), `lt_${'z'.repeat(43)}`);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/no longer accepts this device’s access code/);
    expect(alert).toHaveTextContent('HTTP 401 unauthorized: Invalid bearer token');
    expect(await getTeamSettings()).toBeUndefined();
  });

  it('warns before leaving with unsynced contacts, links to the export, and keeps every contact', async () => {
    const user = userEvent.setup();
    await saveTeamSettings({
      serverUrl: 'https://team.example.org',
      token: TOKEN,
      team: 'Nord',
      role: 'worker',
      label: 'Phone of Sam',
      joinedAt: '2026-03-01T10:00:00.000Z',
    });
    fetchMock.mockImplementation(async () => json(500, { error: 'internal_server_error', message: 'x' }));
    const a = await saveContact(body);
    const b = await saveContact(body);
    await reloadTeam(undefined);
    await renderApp(<TeamPanel />, { url: '/settings#team', language: 'fr' });

    await user.click(await screen.findByRole('button', { name: 'Envoyer maintenant' }));
    expect(await screen.findByText(/Le serveur a rencontré un problème/)).toBeInTheDocument();
    expect((await getSyncRecord()).lastError?.kind).toBe('server');

    await user.click(screen.getByRole('button', { name: 'Quitter l’équipe' }));
    const dialog = screen.getByRole('group', { name: 'Quitter l’équipe «\u202fNord\u202f»\u202f?' });
    expect(within(dialog).getByText(/2 contacts ne sont pas encore arrivés/)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: /Exporter les contacts/ })).toHaveAttribute('href', '/contacts');
    await user.click(within(dialog).getByRole('button', { name: 'Quitter l’équipe' }));

    expect(await screen.findByText(/Cet appareil a quitté l’équipe/)).toBeInTheDocument();
    expect(await getTeamSettings()).toBeUndefined();
    expect(await getSyncRecord()).toEqual({ attempt: 0 });
    expect(await getContact(a.id)).toMatchObject({ syncState: 'pending' });
    expect(await getContact(b.id)).toMatchObject({ syncState: 'pending' });
  });

  it('issue #15: while the contacts are locked, leaving asks to unlock first and leaves nothing half-done', async () => {
    const user = userEvent.setup();
    setVaultIterationsForTests(1000);
    await setPasscode('four words in wind');
    await saveTeamSettings({
      serverUrl: 'https://team.example.org',
      token: TOKEN,
      team: 'Nord',
      role: 'worker',
      label: 'Phone of Sam',
      joinedAt: '2026-03-01T10:00:00.000Z',
    });
    await saveContact(body);
    await reloadTeam(undefined);
    getVaultSession().lock('manual');
    try {
      await renderApp(<TeamPanel />, { url: '/settings#team', language: 'fr' });
      await user.click(await screen.findByRole('button', { name: 'Quitter l’équipe' }));
      const dialog = screen.getByRole('group', { name: 'Quitter l’équipe «\u202fNord\u202f»\u202f?' });
      expect(within(dialog).getByText(/Les contacts sont verrouillés/)).toHaveTextContent(/déverrouillez-les d’abord/);
      expect(within(dialog).getByRole('link', { name: 'Déverrouiller les contacts' })).toHaveAttribute(
        'href',
        '/contacts',
      );
      expect(within(dialog).queryByRole('button', { name: 'Quitter l’équipe' })).toBeNull();
      expect(await getTeamInfo()).toMatchObject({ team: 'Nord' });

      // Unlocked (in this tab or another), the usual confirmation comes back, with the unsynced count.
      await unlockVault('four words in wind');
      expect(await within(dialog).findByRole('button', { name: 'Quitter l’équipe' })).toBeEnabled();
      expect(within(dialog).getByText(/1 contact n’est pas encore arrivé/)).toBeInTheDocument();
      expect(within(dialog).queryByText(/Les contacts sont verrouillés/)).toBeNull();
    } finally {
      getVaultSession().lock('manual');
    }
  });

  it('links a coordinator’s device to the team dashboard, and only a coordinator’s (issue #16)', async () => {
    const team = { serverUrl: 'https://team.example.org', token: TOKEN, team: 'Nord', label: 'Office' };
    await saveTeamSettings({ ...team, role: 'coordinator', joinedAt: '2026-01-01T00:00:00.000Z' });
    await reloadTeam(undefined);
    const view = await renderApp(<TeamPanel />, { url: '/settings' });
    expect(await screen.findByRole('link', { name: 'Team dashboard' })).toHaveAttribute('href', '/dashboard');
    view.unmount();
    await saveTeamSettings({ ...team, role: 'worker', joinedAt: '2026-01-02T00:00:00.000Z' });
    await reloadTeam(undefined);
    await renderApp(<TeamPanel />, { url: '/settings' });
    await screen.findByText('outreach worker');
    expect(screen.queryByRole('link', { name: 'Team dashboard' })).not.toBeInTheDocument();
  });
});
