/**
 * The sync rule of docs/SPEC.md — [S13] revision order, narrowed inside a team by [S95]–[S97] — as one pure
 * function of the stored row and the incoming revision. Every server store (server/contacts/*-contact-store.ts)
 * and the client tests' fake server call it, so they cannot answer differently. No DOM, no Node.
 */
import type { Contact, Role, SyncResult } from './protocol';

/**
 * Who sends a batch ([S95]). `device` is the id that owns what this token creates: the token's own id, or the
 * device id of the token it replaced (`invite add --replaces`), so a phone that re-joined keeps its contacts.
 */
export interface Writer {
  tokenId: number;
  device: number;
  role: Role;
}

/** [S96] A sent revision may be at most this far above the stored one (or above 0 for a new contact). */
export const MAX_REVISION_STEP = 1000;

/** What the store knows of the row before the write; undefined when the team has no row for the id. */
export interface StoredFacts {
  revision: number;
  /** Device that created the contact; null for rows stored before ownership existed (migration 5). */
  createdBy: number | null;
  /** [S8] The stored and the sent version have the same canonical content (./canonical-json.ts). */
  sameContent: boolean;
}

/** What becomes of one valid sent revision ([S20]); only `created` and `updated` write. */
export type SyncOutcome =
  | { status: 'created' }
  | { status: 'updated' }
  | { status: 'unchanged' }
  | { status: 'conflict' | 'stale'; withCopy: boolean }
  | { status: 'rejected'; reason: string; withRevision: boolean };

/** Reason texts of the rule's outcomes, so every store answers the same words (never contact content). */
export const SYNC_REASONS = {
  jump: (limit: number) =>
    `revision: more than ${limit} above the server's; a device adds 1 per change ([S3]), so this one is refused`,
  notOwner:
    'this contact was created by another device of the team: only a coordinator can change it; it stays on this device',
  stale: (serverRevision: number) =>
    `the server already has revision ${serverRevision}; this revision is older and was ignored`,
  conflict: 'the server has different content under the same revision; nothing was written',
} as const;

/**
 * [S13] with [S95]–[S97]. `writer` undefined is a trusted caller (the admin CLI, the stores' own tests, the
 * client tests' fake server): only [S13] and the jump bound [S96] apply.
 */
export function decideSync(sentRevision: number, stored: StoredFacts | undefined, writer?: Writer): SyncOutcome {
  const base = stored?.revision ?? 0;
  if (sentRevision > base + MAX_REVISION_STEP) {
    return { status: 'rejected', reason: SYNC_REASONS.jump(MAX_REVISION_STEP), withRevision: stored !== undefined };
  }
  if (!stored) return { status: 'created' };
  // Legacy rows (no recorded creator) stay writable by the team, as before: documented in SECURITY.md.
  const owner =
    writer === undefined ||
    writer.role === 'coordinator' ||
    stored.createdBy === null ||
    stored.createdBy === writer.device;
  if (sentRevision > stored.revision) {
    return owner ? { status: 'updated' } : { status: 'rejected', reason: SYNC_REASONS.notOwner, withRevision: false };
  }
  if (sentRevision < stored.revision) return { status: 'stale', withCopy: owner };
  return stored.sameContent ? { status: 'unchanged' } : { status: 'conflict', withCopy: owner };
}

/** The stored row as the reply needs it: its revision, and its copy made only when the reply carries it. */
export interface StoredCopy {
  revision: number;
  copy: () => Contact;
}

/**
 * [S12][S13][S20] The reply entry for a decided revision: `revision` is what the server holds for the id
 * afterwards (when it holds one), `server` the stored copy for `stale`/`conflict` unless [S97] withholds it.
 */
export function syncResult(
  id: string,
  sentRevision: number,
  outcome: SyncOutcome,
  stored: StoredCopy | undefined,
): SyncResult {
  switch (outcome.status) {
    case 'created':
    case 'updated':
      return { id, status: outcome.status, revision: sentRevision };
    case 'unchanged':
      return { id, status: 'unchanged', revision: stored?.revision ?? sentRevision };
    case 'rejected':
      return {
        id,
        status: 'rejected',
        reason: outcome.reason,
        ...(outcome.withRevision && stored ? { revision: stored.revision } : {}),
      };
    case 'stale':
    case 'conflict': {
      const revision = stored?.revision ?? sentRevision;
      const reason = outcome.status === 'stale' ? SYNC_REASONS.stale(revision) : SYNC_REASONS.conflict;
      return {
        id,
        status: outcome.status,
        revision,
        reason,
        ...(outcome.withCopy && stored ? { server: stored.copy() } : {}),
      };
    }
  }
}
