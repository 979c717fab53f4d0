import type { Role } from '../../src/sync/protocol';

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
  sameContent: boolean;
}

export type Decision =
  | { kind: 'create' }
  | { kind: 'update' }
  | { kind: 'unchanged' }
  | { kind: 'conflict'; withCopy: boolean }
  | { kind: 'stale'; withCopy: boolean }
  | { kind: 'rejected'; reason: string; withRevision: boolean };

export const WRITE_REASONS = {
  jump: (limit: number) =>
    `revision: more than ${limit} above the server's; a device adds 1 per change ([S3]), so this one is refused`,
  notOwner:
    'this contact was created by another device of the team: only a coordinator can change it; it stays on this device',
} as const;

/**
 * [S13] with the rules of issue #13 ([S95]–[S97]), as one pure function both stores use. `writer` undefined is
 * a trusted caller (the admin CLI, the stores' own tests): only [S13] and the jump bound apply.
 */
export function decideWrite(sentRevision: number, stored: StoredFacts | undefined, writer?: Writer): Decision {
  const base = stored?.revision ?? 0;
  if (sentRevision > base + MAX_REVISION_STEP) {
    return { kind: 'rejected', reason: WRITE_REASONS.jump(MAX_REVISION_STEP), withRevision: stored !== undefined };
  }
  if (!stored) return { kind: 'create' };
  // Legacy rows (no recorded creator) stay writable by the team, as before: documented in SECURITY.md.
  const owner =
    writer === undefined ||
    writer.role === 'coordinator' ||
    stored.createdBy === null ||
    stored.createdBy === writer.device;
  if (sentRevision > stored.revision) {
    return owner ? { kind: 'update' } : { kind: 'rejected', reason: WRITE_REASONS.notOwner, withRevision: false };
  }
  if (sentRevision < stored.revision) return { kind: 'stale', withCopy: owner };
  return stored.sameContent ? { kind: 'unchanged' } : { kind: 'conflict', withCopy: owner };
}
