import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import type { LimitsDb } from '../../../db/db';
import { saveContact } from '../../../db/contact-store';
import { setPasscode, setVaultIterationsForTests, unlockVault } from '../../../db/vault-store';
import { getVaultSession } from '../../../security';
import { saveTeamSettings } from '../../../sync/sync-meta';
import { useSyncStatus } from '../../../sync/sync-status-store';
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

const status = (patch: Partial<ReturnType<typeof useSyncStatus.getState>>) =>
  useSyncStatus.setState({ phase: 'idle', team, loaded: true, ...patch }, true);

describe('header sync indicator', () => {
  it('says nothing before the device joined a team', async () => {
    status({ phase: 'not-joined', team: undefined });
    await renderApp(<SyncIndicator />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows how many contacts wait, in words, and links to the sync panel', async () => {
    await saveContact(body);
    await saveContact(body);
    status({ phase: 'error', lastError: { kind: 'network', key: 'errors.network', at: new Date().toISOString() } });
    await renderApp(<SyncIndicator />);
    const link = await screen.findByRole('link', { name: /2 to send/ });
    expect(link).toHaveTextContent('Sync problem');
    expect(link).toHaveAttribute('href', '/settings#team');
  });

  it('[S90] with a passcode, locked, contacts waiting: says to unlock; unlocked, it no longer does', async () => {
    await saveContact(body);
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
    const recent = await saveContact(body);
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
