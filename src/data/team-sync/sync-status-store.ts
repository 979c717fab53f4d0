/**
 * What the UI shows about the sync (header indicator, team panel, notices): UI state only. The durable part
 * (last success, last error, next attempt) is in `syncMeta` (src/data/team/sync-meta.ts); this store mirrors it, adds the
 * live phase, and is kept the same in every tab through the 'limits-sync' channel.
 */
import { create } from 'zustand';
import { postSyncMessage } from './sync-channel';
import type { LastSyncError, SyncRecord, TeamInfo } from '../team/sync-meta';

export type SyncPhase = 'not-joined' | 'idle' | 'syncing' | 'error' | 'offline';

export interface SyncStatus {
  phase: SyncPhase;
  team?: TeamInfo;
  lastSuccessAt?: string;
  lastError?: LastSyncError;
  nextAttemptAt?: string;
  /** False until read from the device (the first render may come before that). */
  loaded: boolean;
}

export const useSyncStatus = create<SyncStatus>()(() => ({ phase: 'not-joined', loaded: false }));

/** The phase a stored record means when nothing is running. */
export function restingPhase(team: TeamInfo | undefined, record: SyncRecord): SyncPhase {
  if (!team) return 'not-joined';
  if (record.lastError?.kind === 'offline') return 'offline';
  return record.lastError ? 'error' : 'idle';
}

export function statusFrom(team: TeamInfo | undefined, record: SyncRecord): SyncStatus {
  return {
    phase: restingPhase(team, record),
    team,
    lastSuccessAt: record.lastSuccessAt,
    lastError: record.lastError,
    nextAttemptAt: record.nextAttemptAt,
    loaded: true,
  };
}

/**
 * Updates this tab's status and tells the other tabs. "Syncing" stays local: a tab closed mid-sync must not
 * leave the others showing it forever; they see the outcome instead.
 */
export function setSyncStatus(next: SyncStatus): void {
  useSyncStatus.setState(next, true);
  if (next.phase !== 'syncing') postSyncMessage({ type: 'status', status: next });
}

/** A status received from another tab: shown as is, not sent again. */
export function receiveSyncStatus(status: SyncStatus): void {
  useSyncStatus.setState(status, true);
}
