/**
 * Row types of the on-device database: the user's own data only. Content (guide, vocabulary, schemes,
 * checklists, Table 1) is not stored on the device: see src/data/content for its row shapes.
 */
import type { DirectoryEntry } from '../../shared/directory/schema';
import type { Contact, ContactBody } from '../../shared/protocol/protocol';

export type FavouriteKind = 'section' | 'term' | 'scheme' | 'checklist';

export interface FavouriteRow {
  kind: FavouriteKind;
  id: string;
  createdAt: string;
}

export interface ChecklistRunRow {
  /** Random UUID. */
  id: string;
  checklistId: string;
  startedAt: string;
  updatedAt: string;
  /** Ids of the ticked steps. */
  ticked: string[];
  /** Set when the user restarts: the run is kept as history, a new one starts. */
  archivedAt?: string;
}

/**
 * Sync state of a contact on this device ([S40] in docs/SPEC.md):
 * - pending: the stored revision has not been confirmed by the server yet;
 * - synced: the server confirmed exactly the stored revision;
 * - rejected: the server refused the stored revision (4xx for that contact); kept, flagged with the reason;
 * - conflict: the server holds different content at the same revision.
 */
export type ContactSyncState = 'pending' | 'synced' | 'rejected' | 'conflict';

/** A contact as stored on the device. Read and written only by src/data/contacts/contact-store.ts. */
export interface ContactRow {
  /** Client-generated lowercase UUID v4 ([S2]). */
  id: string;
  /** Starts at 1, +1 on every local change ([S3]). */
  revision: number;
  createdAt: string;
  /** Client clock at the last local change. */
  updatedAt: string;
  /** Copy of body.occurredAt (or of the last one, for a tombstone): the list's period filter and order. */
  occurredAt: string;
  deleted: boolean;
  /** null exactly for a tombstone. */
  body: ContactBody | null;
  syncState: ContactSyncState;
  /** Highest revision the server confirmed (0 = never synced). */
  syncedRevision: number;
  /** Why the server refused or conflicted (plain words from the server, no content). */
  syncReason?: string;
  /** When the current unsynced change was first made (for the "unsynced for 3 days" notice). */
  pendingSince?: string;
  /** The server's copy when it disagrees (conflict, or a newer revision on the server). */
  serverCopy?: Contact;
}

/** Autosaved form state: a new contact ('new') or an edit ('edit:<id>'). Anything the form holds. */
export interface ContactDraftRow {
  key: string;
  updatedAt: string;
  /** The form's values as typed (may be incomplete or invalid). */
  values: Record<string, unknown>;
}

/** Sync settings and status, one row per key. */
export interface SyncMetaRow {
  key: string;
  value: unknown;
}

/**
 * A local structure of the directory ([S70]): a team entry (the coordinator's publication, replaced whole on
 * each sync, read-only on a worker's device) or a device entry (added on this device, never sent by the sync).
 */
export type DirectoryEntryRow = DirectoryEntry & { source: 'team' | 'device' };

/**
 * The last statistics report (GET /api/v1/stats, issue #16) loaded for one query on a coordinator's device:
 * aggregates only, never a note. Read and written only by src/data/stats/stats-store.ts (and the sign-out wipe).
 * `report` is the server's answer as validated; it is validated again when read back.
 */
export interface StatsReportRow {
  /** The query in one string (src/data/stats/stats-key.ts). */
  key: string;
  /** The team membership it was loaded for: a report of a team left or re-joined is never shown. */
  serverUrl: string;
  joinedAt: string;
  loadedAt: string;
  report: unknown;
}
