/**
 * The statistics part of the storage contract ([S100], [S105]–[S107] of docs/SPEC.md): the exact counts every
 * store gives for a hand-computed fixture (tests/server/stats-fixture.ts), memory, SQLite and PostgreSQL alike.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { RawStats, RawStatsQuery } from '../../../server/stats/stats-store';
import { BY_WORKER_1, BY_WORKER_2, CONTACT_6_V2, OTHER_TEAM, statsId, TOMBSTONE_5, UNLABELLED } from '../stats-fixture';
import { useStoreFixture, type MakeStores, type StoreFixture } from './fixture';

const MARCH: RawStatsQuery = {
  from: '2026-03-01',
  to: '2026-03-31',
  today: '2026-03-10',
  dueUntil: '2026-03-17',
  detail: true,
};

/** Order-free comparison: every list sorted. */
function normalised(raw: RawStats): RawStats {
  const sorted = <T>(list: T[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return {
    days: sorted(raw.days),
    ageBands: sorted(raw.ageBands),
    signals: sorted(raw.signals),
    topics: sorted(raw.topics),
    schemes: sorted(raw.schemes),
    referrals: sorted(raw.referrals),
    closedDays: sorted(raw.closedDays),
    followUps: raw.followUps,
    workers: sorted(raw.workers),
  };
}

const ALL_OF_MARCH: RawStats = normalised({
  days: [
    { date: '2026-03-02', kind: 'street', contacts: 1, people: 3 },
    { date: '2026-03-03', kind: 'school', contacts: 1, people: 1 },
    { date: '2026-03-04', kind: 'family', contacts: 1, people: 4 },
    { date: '2026-03-06', kind: 'other', contacts: 1, people: 1 },
    { date: '2026-03-09', kind: null, contacts: 1, people: 2 },
  ],
  ageBands: [
    { id: '13-15', contacts: 2 },
    { id: '16-17', contacts: 1 },
    { id: '18-25', contacts: 1 },
  ],
  signals: [
    { id: 'debt', contacts: 2 },
    { id: 'violence', contacts: 1 },
  ],
  topics: [
    { id: 'topic-a', contacts: 2 },
    { id: 'topic-b', contacts: 1 },
  ],
  schemes: [
    { id: 'scheme-x', contacts: 1 },
    { id: 'scheme-y', contacts: 1 },
  ],
  // Referral 2 started in February: not in March's referrals, but its follow-up is overdue.
  referrals: [
    { scheme: 'scheme-x', outcome: 'accepted', referrals: 1 },
    { scheme: 'scheme-x', outcome: 'waiting', referrals: 1 },
    { scheme: 'scheme-y', outcome: 'refused', referrals: 1 },
  ],
  // 5 days exactly; 23 hours rounds down to 0.
  closedDays: [
    { days: 5, referrals: 1 },
    { days: 0, referrals: 1 },
  ],
  // Due: contact 1 (12th), referral 4 (17th, the last due day). Overdue: contact 3 (5th), referral 2 (1st).
  // Contact 4's (20th) is neither; deleted contact 5's does not count.
  followUps: { due: 2, overdue: 2 },
  workers: [
    { label: 'Coordinator desk', contacts: 1 },
    { label: 'Phone of Ana', contacts: 2 },
    { label: 'Tablet of Bo', contacts: 1 },
  ],
});

export function describeStatsStoreContract(name: string, make: MakeStores): void {
  describe(`StatsStore contract: ${name}`, () => {
    const fixture = useStoreFixture(make);
    let f: StoreFixture;
    const stats = (query: Partial<RawStatsQuery> = {}, team = f.teamA) =>
      f.stores.stats.aggregate(team, { ...MARCH, ...query }).then(normalised);

    beforeEach(async () => {
      f = fixture.get();
      const { teams, contacts } = f.stores;
      const writer = async (role: 'worker' | 'coordinator', label: string) => {
        const token = await teams.addToken('Team A', role, label);
        return { tokenId: token.id, device: token.id, role };
      };
      const ana = await writer('worker', 'Phone of Ana');
      const bo = await writer('worker', 'Tablet of Bo');
      const desk = await writer('coordinator', 'Coordinator desk');
      const created = async (results: Promise<Array<{ status: string }>>) =>
        expect((await results).map((result) => result.status)).toEqual(expect.arrayContaining(['created']));
      await created(contacts.applyBatch(f.teamA, BY_WORKER_1, ana));
      await created(contacts.applyBatch(f.teamA, BY_WORKER_2, bo));
      await created(contacts.applyBatch(f.teamA, [UNLABELLED]));
      await created(contacts.applyBatch(f.teamB, [OTHER_TEAM]));
      // Counted once before the changes below, so that a store keeping sums must bring them up to date.
      const before = await stats();
      expect(before.days.reduce((sum, day) => sum + day.contacts, 0)).toBe(6);
      expect(before.followUps).toEqual({ due: 3, overdue: 2 });
      expect(await contacts.applyBatch(f.teamA, [TOMBSTONE_5], ana)).toMatchObject([{ status: 'updated' }]);
      expect(await contacts.applyBatch(f.teamA, [CONTACT_6_V2], desk)).toMatchObject([{ status: 'updated' }]);
    });

    it('[S100][S105][S106][S107] counts the live current contacts of March, as worked out by hand', async () => {
      expect(await stats()).toEqual(ALL_OF_MARCH);
    });

    it('[S100] a kind filter keeps only contacts of that kind, and their referrals', async () => {
      expect(await stats({ kind: 'street' })).toEqual(
        normalised({
          days: [{ date: '2026-03-02', kind: 'street', contacts: 1, people: 3 }],
          ageBands: [
            { id: '13-15', contacts: 1 },
            { id: '16-17', contacts: 1 },
          ],
          signals: [{ id: 'debt', contacts: 1 }],
          topics: [{ id: 'topic-a', contacts: 1 }],
          schemes: [{ id: 'scheme-x', contacts: 1 }],
          referrals: [{ scheme: 'scheme-x', outcome: 'accepted', referrals: 1 }],
          closedDays: [{ days: 5, referrals: 1 }],
          followUps: { due: 1, overdue: 0 },
          workers: [{ label: 'Phone of Ana', contacts: 1 }],
        }),
      );
    });

    it('[S100] a scheme filter keeps contacts where it was suggested or referred to, and only its referrals', async () => {
      expect(await stats({ scheme: 'scheme-y' })).toEqual(
        normalised({
          days: [
            { date: '2026-03-03', kind: 'school', contacts: 1, people: 1 },
            { date: '2026-03-09', kind: null, contacts: 1, people: 2 },
          ],
          ageBands: [{ id: '13-15', contacts: 1 }],
          signals: [
            { id: 'debt', contacts: 1 },
            { id: 'violence', contacts: 1 },
          ],
          topics: [
            { id: 'topic-a', contacts: 1 },
            { id: 'topic-b', contacts: 1 },
          ],
          schemes: [{ id: 'scheme-y', contacts: 1 }],
          referrals: [{ scheme: 'scheme-y', outcome: 'refused', referrals: 1 }],
          closedDays: [{ days: 0, referrals: 1 }],
          followUps: { due: 0, overdue: 2 },
          workers: [
            { label: 'Phone of Ana', contacts: 1 },
            { label: 'Tablet of Bo', contacts: 1 },
          ],
        }),
      );
    });

    it('[S100][S105] referrals count by their start date, contacts by their own date', async () => {
      const february = await stats({ from: '2026-02-01', to: '2026-02-28', detail: false });
      expect(february.days).toEqual([]);
      expect(february.referrals).toEqual([{ scheme: 'scheme-y', outcome: 'in-progress', referrals: 1 }]);
      const april = await stats({ from: '2026-04-01', to: '2026-04-30' });
      expect(april.days).toEqual([{ date: '2026-04-01', kind: 'street', contacts: 1, people: 1 }]);
    });

    it('[S98][S100] a restored revision counts again, under no label', async () => {
      expect(await f.stores.contacts.restore(f.teamA, statsId(5), 1)).toBeDefined();
      const after = await stats();
      expect(after.days).toContainEqual({ date: '2026-03-05', kind: 'street', contacts: 1, people: 1 });
      expect(after.followUps).toEqual({ due: 3, overdue: 2 });
      expect(after.workers).toEqual(ALL_OF_MARCH.workers);
    });

    it("[S100] another team's contacts never count", async () => {
      const b = await stats({}, f.teamB);
      expect(b.days).toEqual([{ date: '2026-03-02', kind: 'street', contacts: 1, people: 9 }]);
      expect(b.workers).toEqual([]);
      expect((await stats({}, f.teamB + 1000)).days).toEqual([]);
    });
  });
}
