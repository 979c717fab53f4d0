import { describe, expect, it } from 'vitest';
import { nextSyncState } from './apply-sync-result';

const server = {
  id: '2b0f3c7e-8a4d-4f5e-9c1a-0d2e3f4a5b6c',
  revision: 4,
  updatedAt: '2026-01-01T00:00:00.000Z',
  deleted: true as const,
  body: null,
};

describe('applying the server answer to a contact (client rules of docs/SPEC.md)', () => {
  it.each([
    // [row revision, synced revision, sent revision, status, expected patch]
    [1, 0, 1, 'created', { syncState: 'synced', syncedRevision: 1 }],
    [2, 1, 2, 'updated', { syncState: 'synced', syncedRevision: 2 }],
    [2, 0, 2, 'unchanged', { syncState: 'synced', syncedRevision: 2 }],
    // A newer local edit happened while the batch was in flight: stays pending, remembers what the server has.
    [3, 1, 2, 'updated', { syncedRevision: 2 }],
    [3, 2, 2, 'unchanged', undefined],
    [3, 3, 2, 'unchanged', undefined],
    [2, 0, 2, 'rejected', { syncState: 'rejected', syncReason: 'note too long' }],
    [3, 0, 2, 'rejected', undefined],
    [2, 1, 2, 'conflict', { syncState: 'conflict', syncReason: 'same revision, other content', serverCopy: server }],
    [2, 1, 2, 'stale', { syncState: 'conflict', syncReason: 'server has revision 4', serverCopy: server }],
    [3, 1, 2, 'conflict', undefined],
  ] as const)('row r%i (synced r%i), sent r%i, %s', (revision, syncedRevision, sent, status, expected) => {
    const reason =
      status === 'rejected'
        ? 'note too long'
        : status === 'conflict'
          ? 'same revision, other content'
          : status === 'stale'
            ? 'server has revision 4'
            : undefined;
    const patch = nextSyncState({ revision, syncedRevision }, sent, { status, reason, server });
    if (expected === undefined) expect(patch).toBeUndefined();
    else expect(patch).toMatchObject(expected);
  });

  it('clears the reason, the pending date and the server copy once synced', () => {
    expect(nextSyncState({ revision: 2, syncedRevision: 1 }, 2, { status: 'updated' })).toEqual({
      syncState: 'synced',
      syncedRevision: 2,
      syncReason: undefined,
      pendingSince: undefined,
      serverCopy: undefined,
    });
  });
});
