/**
 * Tab-to-tab messages of the sync (BroadcastChannel 'limits-sync'): only one tab syncs at a time (Web Locks),
 * so it tells the others how it went, and a join or leave in one tab starts or stops the sync in all.
 * Contacts themselves reach other tabs through Dexie's own live queries.
 */
import type { SyncStatus } from './sync-status-store';

export const SYNC_CHANNEL = 'limits-sync';

export type SyncMessage = { type: 'status'; status: SyncStatus } | { type: 'team-changed' };

let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(SYNC_CHANNEL) : null;
  }
  return channel;
}

/** A BroadcastChannel object never receives its own messages: the sending tab is not notified. */
export function postSyncMessage(message: SyncMessage): void {
  try {
    getChannel()?.postMessage(message);
  } catch {
    // A closed channel (page being unloaded): the other tabs read the stored status when they next sync.
  }
}

export function onSyncMessage(listener: (message: SyncMessage) => void): () => void {
  const current = getChannel();
  if (!current) return () => undefined;
  const handler = (event: MessageEvent<SyncMessage>) => {
    if (event.data && typeof event.data === 'object' && 'type' in event.data) listener(event.data);
  };
  current.addEventListener('message', handler);
  return () => current.removeEventListener('message', handler);
}
