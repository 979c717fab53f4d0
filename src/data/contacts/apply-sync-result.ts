/**
 * How the device applies the server's answer about one contact (docs/SPEC.md, client rules). Pure: the
 * storage module (src/data/contacts/contact-store.ts) reads the row, calls this, and writes what it returns.
 *
 * - The server confirmed the revision we sent (created / updated / unchanged): synced — but only if that
 *   revision is still the stored one; a newer local edit stays pending.
 * - The answer is about an older revision than the stored one (the user edited since): ignored, the newer
 *   revision will be sent.
 * - rejected: kept on the device, flagged with the server's reason, until the user edits it.
 * - conflict (same revision, other content) or stale (the server holds a newer revision): kept as is,
 *   flagged, with the server's copy for the user to compare. Never overwritten, never deleted.
 */
import type { ContactRow } from '../../platform/db/rows';
import type { SyncResult } from '../../shared/protocol/protocol';

export type SyncStatePatch = Partial<
  Pick<ContactRow, 'syncState' | 'syncedRevision' | 'syncReason' | 'pendingSince' | 'serverCopy'>
>;

export function nextSyncState(
  row: Pick<ContactRow, 'revision' | 'syncedRevision'>,
  sentRevision: number,
  result: Pick<SyncResult, 'status' | 'reason' | 'server' | 'revision'>,
): SyncStatePatch | undefined {
  const current = row.revision === sentRevision;
  switch (result.status) {
    case 'created':
    case 'updated':
    case 'unchanged':
      if (!current) {
        return sentRevision > row.syncedRevision ? { syncedRevision: sentRevision } : undefined;
      }
      return {
        syncState: 'synced',
        syncedRevision: sentRevision,
        syncReason: undefined,
        pendingSince: undefined,
        serverCopy: undefined,
      };
    case 'rejected':
      return current ? { syncState: 'rejected', syncReason: result.reason ?? 'rejected' } : undefined;
    case 'conflict':
    case 'stale':
      return current
        ? { syncState: 'conflict', syncReason: result.reason ?? result.status, serverCopy: result.server }
        : undefined;
  }
}
