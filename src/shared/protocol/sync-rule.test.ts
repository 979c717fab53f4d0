/** The sync rule, row by row from docs/SPEC.md's tables ([S13], [S95]–[S97]), and the reply it gives ([S12][S20]). */
import { describe, expect, it } from 'vitest';
import type { Contact } from './protocol';
import {
  decideSync,
  MAX_REVISION_STEP,
  SYNC_REASONS,
  syncResult,
  type StoredFacts,
  type SyncOutcome,
  type Writer,
} from './sync-rule';

const OWNER: Writer = { tokenId: 7, device: 7, role: 'worker' };
const OTHER_WORKER: Writer = { tokenId: 8, device: 8, role: 'worker' };
const COORDINATOR: Writer = { tokenId: 9, device: 9, role: 'coordinator' };

const stored = (revision: number, sameContent: boolean, createdBy: number | null = 7): StoredFacts => ({
  revision,
  createdBy,
  sameContent,
});

describe('decideSync', () => {
  it.each<[string, number, StoredFacts | undefined, Writer | undefined, SyncOutcome]>([
    ['[S13] no stored row → created', 1, undefined, OWNER, { status: 'created' }],
    ['[S13] sent revision > stored → updated', 3, stored(2, false), OWNER, { status: 'updated' }],
    ['[S13][S8][S14] same revision, same content → unchanged', 2, stored(2, true), OWNER, { status: 'unchanged' }],
    [
      '[S13][S18] same revision, different content → conflict with the stored copy',
      2,
      stored(2, false),
      OWNER,
      { status: 'conflict', withCopy: true },
    ],
    [
      '[S13][S19] sent revision < stored → stale with the stored copy',
      1,
      stored(2, true),
      OWNER,
      { status: 'stale', withCopy: true },
    ],
    [
      '[S16] a tombstone is a revision like any other: newer → updated',
      5,
      stored(4, false),
      OWNER,
      { status: 'updated' },
    ],
    ['[S13] a trusted caller (no writer) follows the table', 3, stored(2, false, 8), undefined, { status: 'updated' }],
  ])('%s', (_name, sent, facts, writer, outcome) => {
    expect(decideSync(sent, facts, writer)).toEqual(outcome);
  });

  it.each<[string, number, StoredFacts | undefined, Writer | undefined, SyncOutcome]>([
    [
      "[S95] a worker's newer revision of another device's contact → rejected, no revision",
      3,
      stored(2, false, 7),
      OTHER_WORKER,
      { status: 'rejected', reason: SYNC_REASONS.notOwner, withRevision: false },
    ],
    [
      '[S95] a coordinator may update any contact of the team',
      3,
      stored(2, false, 7),
      COORDINATOR,
      { status: 'updated' },
    ],
    [
      '[S95] a row stored before ownership (no creator) stays writable by the team',
      3,
      stored(2, false, null),
      OTHER_WORKER,
      { status: 'updated' },
    ],
    [
      '[S96] a new id above the bound → rejected without revision',
      MAX_REVISION_STEP + 1,
      undefined,
      OWNER,
      { status: 'rejected', reason: SYNC_REASONS.jump(MAX_REVISION_STEP), withRevision: false },
    ],
    ['[S96] a new id exactly at the bound → created', MAX_REVISION_STEP, undefined, OWNER, { status: 'created' }],
    [
      '[S96] a jump over the bound above a stored row → rejected with the stored revision, whoever sends it',
      2 + MAX_REVISION_STEP + 1,
      stored(2, false),
      COORDINATOR,
      { status: 'rejected', reason: SYNC_REASONS.jump(MAX_REVISION_STEP), withRevision: true },
    ],
    [
      '[S96] a jump over the bound is refused to a trusted caller too',
      Number.MAX_SAFE_INTEGER,
      stored(2, false),
      undefined,
      { status: 'rejected', reason: SYNC_REASONS.jump(MAX_REVISION_STEP), withRevision: true },
    ],
    [
      '[S97] conflict to a non-owner carries no copy',
      2,
      stored(2, false, 7),
      OTHER_WORKER,
      { status: 'conflict', withCopy: false },
    ],
    [
      '[S97] stale to a non-owner carries no copy',
      1,
      stored(2, true, 7),
      OTHER_WORKER,
      { status: 'stale', withCopy: false },
    ],
    [
      '[S97] unchanged is unchanged for a non-owner too (nothing written, nothing revealed)',
      2,
      stored(2, true, 7),
      OTHER_WORKER,
      { status: 'unchanged' },
    ],
  ])('%s', (_name, sent, facts, writer, outcome) => {
    expect(decideSync(sent, facts, writer)).toEqual(outcome);
  });
});

describe('syncResult', () => {
  const ID = '0b6a4a1e-5f1c-4c3e-9d8e-2f9f6a0b1c2d';
  const copy: Contact = {
    id: ID,
    revision: 4,
    updatedAt: '2026-03-14T21:06:00Z',
    deleted: true,
    body: null,
  };
  const row = { revision: 4, copy: () => copy };

  it('[S13][S20] created and updated answer the sent revision', () => {
    expect(syncResult(ID, 1, { status: 'created' }, undefined)).toEqual({ id: ID, status: 'created', revision: 1 });
    expect(syncResult(ID, 5, { status: 'updated' }, row)).toEqual({ id: ID, status: 'updated', revision: 5 });
  });

  it('[S13][S14] unchanged answers the stored revision, without a copy', () => {
    expect(syncResult(ID, 4, { status: 'unchanged' }, row)).toEqual({ id: ID, status: 'unchanged', revision: 4 });
  });

  it('[S18][S19] conflict and stale carry the stored revision, a reason and the stored copy', () => {
    expect(syncResult(ID, 4, { status: 'conflict', withCopy: true }, row)).toEqual({
      id: ID,
      status: 'conflict',
      revision: 4,
      reason: SYNC_REASONS.conflict,
      server: copy,
    });
    expect(syncResult(ID, 2, { status: 'stale', withCopy: true }, row)).toEqual({
      id: ID,
      status: 'stale',
      revision: 4,
      reason: SYNC_REASONS.stale(4),
      server: copy,
    });
  });

  it('[S97] a withheld copy is never even built', () => {
    let built = 0;
    const counted = { revision: 4, copy: () => (built++, copy) };
    expect(syncResult(ID, 4, { status: 'conflict', withCopy: false }, counted)).not.toHaveProperty('server');
    expect(syncResult(ID, 2, { status: 'stale', withCopy: false }, counted)).not.toHaveProperty('server');
    expect(built).toBe(0);
  });

  it('[S95][S96] rejected gives the reason, and the stored revision only when the outcome says so', () => {
    const reason = SYNC_REASONS.jump(MAX_REVISION_STEP);
    expect(syncResult(ID, 2000, { status: 'rejected', reason, withRevision: true }, row)).toEqual({
      id: ID,
      status: 'rejected',
      reason,
      revision: 4,
    });
    expect(syncResult(ID, 5, { status: 'rejected', reason: SYNC_REASONS.notOwner, withRevision: false }, row)).toEqual({
      id: ID,
      status: 'rejected',
      reason: SYNC_REASONS.notOwner,
    });
  });
});
