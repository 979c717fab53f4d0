/**
 * Issue #16, the pure half of the statistics ([S101]–[S105] of docs/SPEC.md): period snapping, suppression,
 * rounding and medians, table-tested without a database.
 */
import { describe, expect, it } from 'vitest';
import { MAX_STATS_DAYS, StatsResponseSchema } from '../../src/shared/protocol/stats';
import { medianOf, publishCount, publishStats } from '../../server/stats/publish-stats';
import { snapPeriod, StatsRangeError } from '../../server/stats/stats-period';
import { emptyRawStats, type RawStats } from '../../server/stats/stats-store';
import { contactFacts, elapsedDays } from '../../server/stats/contact-facts';
import { statsBody } from './stats-fixture';

describe('publishCount', () => {
  it.each([
    // [exact, threshold, published]
    [0, 5, 0],
    [1, 5, null],
    [4, 5, null],
    [5, 5, 5],
    [6, 5, 5],
    [7, 5, 5],
    [8, 5, 10],
    [12, 5, 10],
    [13, 5, 15],
    [23, 5, 25],
    [1000, 5, 1000],
    [9, 10, null],
    [10, 10, 10],
    [11, 10, 10],
    [7, 7, 7],
    [8, 7, 10],
    [12, 11, 11],
  ])('[S102][S103] %i with threshold %i is published as %s', (exact, threshold, published) => {
    expect(publishCount(exact, threshold)).toBe(published);
  });
});

describe('medianOf', () => {
  it.each([
    [[], null],
    [[{ value: 3, count: 1 }], 3],
    [
      [
        { value: 1, count: 1 },
        { value: 3, count: 1 },
      ],
      2,
    ],
    [
      [
        { value: 0, count: 3 },
        { value: 10, count: 2 },
      ],
      0,
    ],
    [
      [
        { value: 10, count: 2 },
        { value: 0, count: 2 },
      ],
      5,
    ],
    [
      [
        { value: 4, count: 0 },
        { value: 2, count: 5 },
      ],
      2,
    ],
  ])('[S105] %j → %s', (histogram, median) => {
    expect(medianOf(histogram)).toBe(median);
  });
});

describe('snapPeriod', () => {
  it.each([
    // from, to, group asked, → from, to, group, buckets, previous from, previous to
    ['2026-03-04', '2026-03-10', undefined, '2026-03-02', '2026-03-15', 'week', 2, '2026-02-16', '2026-03-01'],
    ['2026-03-02', '2026-03-08', undefined, '2026-03-02', '2026-03-08', 'week', 1, '2026-02-23', '2026-03-01'],
    // A calendar quarter spans 98 days once snapped to weeks: monthly by default.
    ['2026-01-01', '2026-03-31', undefined, '2026-01-01', '2026-03-31', 'month', 3, '2025-10-01', '2025-12-31'],
    ['2026-01-01', '2026-03-31', 'week', '2025-12-29', '2026-04-05', 'week', 14, '2025-09-22', '2025-12-28'],
    ['2026-01-05', '2026-04-05', undefined, '2026-01-05', '2026-04-05', 'week', 13, '2025-10-06', '2026-01-04'],
    ['2026-01-01', '2026-04-02', undefined, '2026-01-01', '2026-04-30', 'month', 4, '2025-09-01', '2025-12-31'],
    ['2026-01-15', '2026-01-20', 'month', '2026-01-01', '2026-01-31', 'month', 1, '2025-12-01', '2025-12-31'],
    ['2024-02-10', '2024-02-10', 'month', '2024-02-01', '2024-02-29', 'month', 1, '2024-01-01', '2024-01-31'],
    ['2026-03-31', '2026-03-31', 'week', '2026-03-30', '2026-04-05', 'week', 1, '2026-03-23', '2026-03-29'],
    ['2025-01-01', '2026-12-31', undefined, '2025-01-01', '2026-12-31', 'month', 24, '2023-01-01', '2024-12-31'],
  ] as const)(
    '[S101] %s…%s (%s) → %s…%s by %s',
    (from, to, group, snappedFrom, snappedTo, chosen, buckets, previousFrom, previousTo) => {
      const period = snapPeriod(from, to, group);
      expect(period).toMatchObject({ from: snappedFrom, to: snappedTo, group: chosen });
      expect(period.buckets).toHaveLength(buckets);
      expect(period.buckets[0]).toBe(snappedFrom);
      expect(period.previous).toEqual({ from: previousFrom, to: previousTo });
    },
  );

  it('[S101] refuses a period longer than MAX_STATS_DAYS once snapped, and dates before 2000', () => {
    expect(MAX_STATS_DAYS).toBe(732);
    expect(() => snapPeriod('2025-01-01', '2027-01-01')).toThrow(StatsRangeError);
    expect(() => snapPeriod('2024-01-01', '2025-12-31', 'week')).toThrow(StatsRangeError);
    expect(() => snapPeriod('1999-12-31', '2000-01-31')).toThrow(StatsRangeError);
    expect(snapPeriod('2024-01-01', '2025-12-31').buckets).toHaveLength(24);
  });
});

describe('contactFacts', () => {
  it('[S100][S105] keeps the local date, 1 person by default, closed referrals’ whole days, no free text', () => {
    const facts = contactFacts(
      statsBody('2026-03-03T23:30:00-05:00', {
        schemes: ['cej'],
        referrals: [
          {
            id: '00000000-0000-4000-9000-000000000001',
            schemeId: 'cej',
            checklistId: 'default',
            startedAt: '2026-03-03T23:30:00-05:00',
            stepsDone: [],
            outcome: 'refused',
            updatedAt: '2026-03-06T23:29:00-05:00',
          },
        ],
      }),
    );
    expect(facts).toMatchObject({ day: '2026-03-03', people: 1, kind: null });
    expect(facts.referrals).toEqual([
      { scheme: 'cej', outcome: 'refused', startedDay: '2026-03-03', closedDays: 2, followUp: null },
    ]);
    expect(JSON.stringify(facts)).not.toMatch(/MARKER/);
    expect(elapsedDays('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z')).toBe(0);
  });
});

describe('publishStats', () => {
  const period = snapPeriod('2026-01-01', '2026-02-28', 'month');
  const context = {
    team: 'T',
    period,
    filters: {},
    threshold: 5,
    generatedAt: '2026-03-10T12:00:00.000Z',
    today: '2026-03-10',
  };
  const raw = (): RawStats => ({
    ...emptyRawStats(),
    days: [
      { date: '2026-01-05', kind: 'street', contacts: 12, people: 30 },
      { date: '2026-01-20', kind: null, contacts: 2, people: 2 },
      { date: '2026-02-03', kind: 'family', contacts: 3, people: 6 },
    ],
    topics: [
      { id: 'topic-b', contacts: 6 },
      { id: 'topic-a', contacts: 1 },
    ],
    referrals: [
      { scheme: 'cej', outcome: 'accepted', referrals: 4 },
      { scheme: 'cej', outcome: 'refused', referrals: 3 },
    ],
    closedDays: [
      { days: 2, referrals: 4 },
      { days: 10, referrals: 3 },
    ],
  });

  it('[S102]–[S105] publishes every bucket, kind and enumerated id, suppressed and rounded', () => {
    const answer = StatsResponseSchema.parse(publishStats(raw(), emptyRawStats(), context));
    expect(answer.totals).toEqual({ contacts: 15, people: 40, referrals: 5 });
    expect(answer.activity.map((bucket) => [bucket.start, bucket.contacts, bucket.people])).toEqual([
      ['2026-01-01', 15, 30],
      ['2026-02-01', null, 5],
    ]);
    expect(answer.kinds).toHaveLength(7);
    expect(answer.kinds.find((row) => row.id === 'unspecified')?.contacts).toBeNull();
    expect(answer.ageBands.every((row) => row.contacts === 0)).toBe(true);
    expect(answer.topics).toEqual([
      { id: 'topic-a', contacts: null },
      { id: 'topic-b', contacts: 5 },
    ]);
    expect(answer.referrals.byScheme).toEqual([
      {
        id: 'cej',
        started: 5,
        outcomes: [
          { id: 'in-progress', referrals: 0 },
          { id: 'accepted', referrals: null },
          { id: 'waiting', referrals: 0 },
          { id: 'refused', referrals: null },
          { id: 'not-pursued', referrals: 0 },
        ],
      },
    ]);
    // 7 closed: median of 2,2,2,2,10,10,10 is 2.
    expect(answer.referrals.daysToOutcome).toEqual({ closed: 5, median: 2 });
  });

  it('[S105] no median of fewer closed referrals than the threshold', () => {
    const few = { ...raw(), closedDays: [{ days: 2, referrals: 4 }] };
    expect(publishStats(few, emptyRawStats(), context).referrals.daysToOutcome).toEqual({ closed: null, median: null });
  });
});
