/**
 * A hand-computed statistics fixture (issue #16): a few contacts of team A in March 2026, written by two worker
 * tokens, with the counts expected of every store worked out by hand in tests/server/store-contract/stats.ts.
 * Notes and places carry marker strings that must never come out of GET /api/v1/stats ([S109]).
 */
import type { Contact, ContactBody, Referral } from '../../src/shared/protocol/protocol';

export const NOTE_MARKER = 'NOTE-MARKER-do-not-publish';
export const PLACE_MARKER = 'PLACE-MARKER-do-not-publish';

export const statsId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const referralId = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;

export function statsBody(occurredAt: string, overrides: Partial<ContactBody> = {}): ContactBody {
  return {
    schemaVersion: 1,
    occurredAt,
    place: `${PLACE_MARKER} near the station`,
    ageBands: [],
    topics: [],
    signals: [],
    schemes: [],
    note: `${NOTE_MARKER}: talked about school`,
    ...overrides,
  };
}

export function referral(
  n: number,
  schemeId: string,
  outcome: Referral['outcome'],
  startedAt: string,
  updatedAt: string,
  followUpDate?: string,
): Referral {
  return {
    id: referralId(n),
    schemeId,
    checklistId: 'default',
    startedAt,
    stepsDone: [],
    outcome,
    ...(followUpDate ? { followUpDate } : {}),
    updatedAt,
  };
}

export function live(n: number, body: ContactBody, revision = 1): Contact {
  return { id: statsId(n), revision, updatedAt: '2026-03-10T09:00:00.000Z', deleted: false, body };
}

/** What worker 1 writes (all new). */
export const BY_WORKER_1: Contact[] = [
  live(
    1,
    statsBody('2026-03-02T10:00:00+01:00', {
      kind: 'street',
      people: 3,
      ageBands: ['13-15', '16-17'],
      signals: ['debt'],
      topics: ['topic-a'],
      schemes: ['scheme-x'],
      followUpDate: '2026-03-12',
      referrals: [referral(1, 'scheme-x', 'accepted', '2026-03-02T10:00:00+01:00', '2026-03-07T10:00:00+01:00')],
    }),
  ),
  // Local date 3 March although it is already the 4th in UTC: the device's date counts ([S100]).
  live(
    2,
    statsBody('2026-03-03T23:30:00-05:00', {
      kind: 'school',
      ageBands: ['13-15'],
      topics: ['topic-a', 'topic-b'],
      referrals: [referral(2, 'scheme-y', 'in-progress', '2026-02-20T09:00:00Z', '2026-02-21T09:00:00Z', '2026-03-01')],
    }),
  ),
  live(5, statsBody('2026-03-05T10:00:00Z', { kind: 'street', followUpDate: '2026-03-11' })),
  live(6, statsBody('2026-03-04T10:00:00Z', { kind: 'street', people: 2 })),
];

/** What worker 1 then changes: contact 5 deleted. */
export const TOMBSTONE_5: Contact = {
  id: statsId(5),
  revision: 2,
  updatedAt: '2026-03-10T10:00:00.000Z',
  deleted: true,
  body: null,
};

/** What worker 2 writes; contact 6 is worker 1's, rewritten by a coordinator-less trusted write below. */
export const BY_WORKER_2: Contact[] = [
  live(
    3,
    statsBody('2026-03-09T08:00:00Z', {
      people: 2,
      signals: ['debt', 'violence'],
      schemes: ['scheme-y'],
      followUpDate: '2026-03-05',
      referrals: [
        referral(3, 'scheme-y', 'refused', '2026-03-09T08:00:00Z', '2026-03-10T07:00:00Z'),
        referral(4, 'scheme-x', 'waiting', '2026-03-09T08:00:00Z', '2026-03-09T08:00:00Z', '2026-03-17'),
      ],
    }),
  ),
  live(4, statsBody('2026-04-01T10:00:00+02:00', { kind: 'street', followUpDate: '2026-03-20' })),
];

/** Contact 6 rewritten (kind, people, age band changed) by worker 2's coordinator… see the contract test. */
export const CONTACT_6_V2: Contact = live(
  6,
  statsBody('2026-03-04T10:00:00Z', { kind: 'family', people: 4, ageBands: ['18-25'] }),
  2,
);

/** Written without a token (the admin CLI): counted everywhere except under a label. */
export const UNLABELLED: Contact = live(8, statsBody('2026-03-06T10:00:00Z', { kind: 'other' }));

/** Team B's contact: never in team A's figures. */
export const OTHER_TEAM: Contact = live(7, statsBody('2026-03-02T10:00:00Z', { kind: 'street', people: 9 }));
