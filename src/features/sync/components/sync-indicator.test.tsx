import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import type { LimitsDb } from '../../../platform/db/db';
import type { ContactRow } from '../../../platform/db/rows';
import { setPasscode, setVaultIterationsForTests, unlockVault } from '../../../data/device-lock/vault-store';
import { getVaultSession } from '../../../platform/vault';
import { saveTeamSettings } from '../../../data/team/sync-meta';
import { useSyncStatus } from '../../../data/team-sync/sync-status-store';
import { SyncIndicator } from './sync-indicator';
import { SyncNotice } from './sync-notice';

const body = {
  schemaVersion: 1 as const,
  occurredAt: '2026-02-28T21:00:00.000Z',
  ageBands: [],
  topics: [],
  signals: [],
  schemes: [],
};
const team = {
  serverUrl: 'https://team.example.org',
  team: 'Nord',
  role: 'worker' as const,
  label: 'Phone',
  joinedAt: '2026-03-01T10:00:00.000Z',
};

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
  // Joined, so the triggers the components start find a team; the store is then set by each test.
  await saveTeamSettings({ ...team, token: `lt_${'a'.repeat(43)}` });
});
afterEach(() => {
  getVaultSession().lock('manual');
  db.close();
});

/**
 * A contact waiting to be sent, written as a row: a save through the contact store would also start a real sync
 * (the store tells the sync triggers, which these components start), and each test here sets the status itself.
 */
async function waiting(): Promise<ContactRow> {
  const at = new Date().toISOString();
  const row: ContactRow = {
    id: crypto.randomUUID(),
    revision: 1,
    createdAt: at,
    updatedAt: at,
    occurredAt: body.occurredAt,
    deleted: false,
    body,
    syncState: 'pending',
    syncedRevision: 0,
    pendingSince: at,
  };
  await db.contacts.put(row);
  return row;
}

const status = (patch: Partial<ReturnType<typeof useSyncStatus.getState>>) =>
  useSyncStatus.setState({ phase: 'idle', team, loaded: true, ...patch }, true);

describe('header sync indicator', () => {
  it('says nothing before the device joined a team', async () => {
    status({ phase: 'not-joined', team: undefined });
    await renderApp(<SyncIndicator />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows how many contacts wait, in words, and links to the sync panel', async () => {
    await waiting();
    await waiting();
    status({ phase: 'error', lastError: { kind: 'network', key: 'errors.network', at: new Date().toISOString() } });
    await renderApp(<SyncIndicator />);
    const link = await screen.findByRole('link', { name: /2 to send/ });
    expect(link).toHaveTextContent('Sync problem');
    expect(link).toHaveAttribute('href', '/settings#team');
  });

  it('is compact: an icon and the count on one line, the details in its name and tooltip', async () => {
    await waiting();
    await waiting();
    await waiting();
    status({ phase: 'offline' });
    await renderApp(<SyncIndicator />, { language: 'fr' });
    const link = await screen.findByRole('link', {
      name: 'Synchronisation de l’équipe\u00a0: 3 à envoyer, En attente de réseau',
    });
    expect(link).toHaveAttribute('title', 'Synchronisation de l’équipe\u00a0: 3 à envoyer, En attente de réseau');
    expect(link.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    // What shows: the number alone (the words would wrap a 360 px app bar).
    expect(link.querySelector('.status-chip__count')).toHaveTextContent(/^3$/);
  });

  it('[S90] with a passcode, locked, contacts waiting: says to unlock; unlocked, it no longer does', async () => {
    await waiting();
    setVaultIterationsForTests(1000);
    await setPasscode('indicator phrase');
    getVaultSession().lock('manual');
    status({ lastSuccessAt: new Date().toISOString() });
    await renderApp(<SyncIndicator />);
    const link = await screen.findByRole('link', { name: /1 to send/ });
    expect(await screen.findByText('unlock to sync')).toBeInTheDocument();
    await unlockVault('indicator phrase');
    await screen.findByRole('link', { name: /1 to send/ });
    await expect.poll(() => link.textContent).not.toMatch(/unlock to sync/);
  });

  it('says when everything was last synced', async () => {
    status({ lastSuccessAt: new Date(Date.now() - 5 * 60_000).toISOString() });
    await renderApp(<SyncIndicator />, { language: 'fr' });
    expect(await screen.findByRole('link', { name: /Envoyé il y a 5 minutes/ })).toBeInTheDocument();
  });
});

describe('unsynced-for-3-days notice', () => {
  it('appears only once a contact has waited more than 3 days', async () => {
    const recent = await waiting();
    status({});
    const { unmount } = await renderApp(
      <>
        <SyncNotice />
        <SyncIndicator />
      </>,
    );
    // Once the indicator shows the count, the notice's query (the same summary) has answered too.
    await screen.findByRole('link', { name: /1 to send/ });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    unmount();

    await db.contacts.update(recent.id, { pendingSince: new Date(Date.now() - 4 * 24 * 3600_000).toISOString() });
    await renderApp(<SyncNotice />);
    expect(await screen.findByRole('status')).toHaveTextContent(
      '1 contact recorded or changed more than 3 days ago has not reached your team’s server yet.',
    );
    expect(screen.getByRole('link', { name: 'See the sync status' })).toHaveAttribute('href', '/settings#team');
  });
});
