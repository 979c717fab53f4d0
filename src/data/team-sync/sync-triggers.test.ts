/** When the device tries to sync ([S42], [S46]): the trigger policy, with the sync loop itself mocked. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import type { LimitsDb } from '../../platform/db/db';
import type { SyncOutcome } from './sync-client';
import { saveContact } from '../contacts/contact-store';
import { saveTeamSettings } from '../team/sync-meta';
import { useSyncStatus } from './sync-status-store';

const syncNow = vi.fn<(options?: { manual?: boolean }) => Promise<SyncOutcome>>();
vi.mock('./sync-client', () => ({ syncNow: (options?: { manual?: boolean }) => syncNow(options) }));

const { PERIODIC_SYNC_MS, reloadTeam, requestSync, startSyncTriggers } = await import('./sync-triggers');

let db: LimitsDb;
const team = {
  serverUrl: 'https://team.example.org',
  token: `lt_${'a'.repeat(43)}`,
  team: 'Nord',
  role: 'worker' as const,
  label: 'Phone',
  joinedAt: '2026-03-01T10:00:00.000Z',
};
const lastError = (kind: 'unauthorized' | 'server' | 'refused' | 'network') => ({
  kind,
  key: `errors.${kind}`,
  at: new Date().toISOString(),
});

beforeEach(async () => {
  db = await freshDb({ content: false });
  syncNow.mockReset();
  syncNow.mockResolvedValue({ result: 'synced', sent: 0 });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(async () => {
  vi.useRealTimers();
  await reloadTeam(undefined).catch(() => undefined);
  db.close();
});

describe('sync triggers', () => {
  it('does nothing before joining; syncs on start, after a save, when back online and on a timer', async () => {
    await startSyncTriggers();
    expect(syncNow).not.toHaveBeenCalled();

    await saveTeamSettings(team);
    await reloadTeam('start');
    expect(syncNow).toHaveBeenCalledTimes(1);

    // Two writes through the contact store, nobody dispatching anything: the store tells the triggers itself.
    const body = { schemaVersion: 1 as const, occurredAt: '2026-03-14T21:05:00+01:00', ageBands: [], topics: [], signals: [], schemes: [] };
    const saved = await saveContact(body);
    await saveContact({ ...body, note: 'then edited' }, saved.id);
    expect(syncNow).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(400);
    // A burst of saves is one sync.
    expect(syncNow).toHaveBeenCalledTimes(2);

    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(syncNow).toHaveBeenCalledTimes(3);

    await vi.advanceTimersByTimeAsync(PERIODIC_SYNC_MS + 10);
    expect(syncNow).toHaveBeenCalledTimes(4);
  });

  it('waits for the backoff on the timer, but not after a save', async () => {
    await saveTeamSettings(team);
    await reloadTeam(undefined);
    syncNow.mockImplementation(async () => {
      const nextAttemptAt = new Date(Date.now() + 30_000).toISOString();
      useSyncStatus.setState({ phase: 'error', lastError: lastError('server'), nextAttemptAt });
      return { result: 'failed', sent: 0, failure: { kind: 'server', key: 'errors.server', retry: true } };
    });
    await requestSync('start');
    expect(syncNow).toHaveBeenCalledTimes(1);
    await requestSync('visible');
    expect(syncNow).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(syncNow).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(syncNow).toHaveBeenCalledTimes(2);
    await requestSync('saved');
    expect(syncNow).toHaveBeenCalledTimes(3);
  });

  it('stops trying by itself after a 401 until the user asks', async () => {
    await saveTeamSettings(team);
    await reloadTeam(undefined);
    useSyncStatus.setState({ phase: 'error', lastError: lastError('unauthorized') });
    for (const reason of ['start', 'saved', 'online', 'visible', 'timer', 'background'] as const) {
      await requestSync(reason);
    }
    await vi.advanceTimersByTimeAsync(10 * PERIODIC_SYNC_MS);
    expect(syncNow).not.toHaveBeenCalled();
    await requestSync('manual');
    expect(syncNow).toHaveBeenCalledWith({ manual: true });
  });

  it('does not resend a refused request on the timer or when back online', async () => {
    await saveTeamSettings(team);
    await reloadTeam(undefined);
    useSyncStatus.setState({ phase: 'error', lastError: lastError('refused') });
    await requestSync('online');
    await requestSync('timer');
    expect(syncNow).not.toHaveBeenCalled();
    await requestSync('saved');
    expect(syncNow).toHaveBeenCalledTimes(1);
  });

  it('shares one run between concurrent requests in a tab, and runs again for a save made meanwhile', async () => {
    await saveTeamSettings(team);
    await reloadTeam(undefined);
    let finish: (outcome: SyncOutcome) => void = () => undefined;
    syncNow.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const first = requestSync('start');
    const second = requestSync('saved');
    await vi.advanceTimersByTimeAsync(0);
    expect(syncNow).toHaveBeenCalledTimes(1);
    finish({ result: 'synced', sent: 1 });
    await Promise.all([first, second]);
    expect(syncNow).toHaveBeenCalledTimes(2);
  });

  it('looks again shortly when another tab holds the lock', async () => {
    await saveTeamSettings(team);
    await reloadTeam(undefined);
    syncNow.mockResolvedValueOnce({ result: 'busy' });
    await requestSync('saved');
    await vi.advanceTimersByTimeAsync(5_100);
    expect(syncNow).toHaveBeenCalledTimes(2);
  });

  it('says a storage failure during a sync in the status instead of rejecting into nowhere (triggers do not await)', async () => {
    await saveTeamSettings(team);
    await reloadTeam(undefined);
    syncNow.mockRejectedValueOnce(Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }));
    await expect(requestSync('saved')).resolves.toBeUndefined();
    expect(useSyncStatus.getState()).toMatchObject({
      phase: 'error',
      lastError: { kind: 'storage', key: 'errors.storage', detail: 'Database has been closed' },
    });
    // The next attempt still comes.
    await requestSync('manual');
    expect(syncNow).toHaveBeenCalledTimes(2);
  });
});
