/**
 * Issue #16, GET /api/v1/stats over real HTTP on a real SQLite file: coordinators only, one team's figures,
 * validated query, published figures only ([S101]–[S104], [S108], [S109] of docs/SPEC.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema, type Contact } from '../../src/shared/protocol/protocol';
import { STATS_PATH, StatsResponseSchema, type StatsResponse } from '../../src/shared/protocol/stats';
import { publishCount } from '../../server/stats/publish-stats';
import { BY_WORKER_1, live, NOTE_MARKER, PLACE_MARKER, statsBody, statsId } from './stats-fixture';
import { api, startSyncServer, sync, type SyncTestServer } from './sync-helpers';

let server: SyncTestServer;

/** [S108] 20 street contacts in January 2026 and 3 family ones in February, on top of the March fixture. */
const JANUARY = Array.from({ length: 20 }, (_, i) =>
  live(100 + i, statsBody(`2026-01-${String(5 + i).padStart(2, '0')}T10:00:00+01:00`, { kind: 'street' })),
);
const FEBRUARY = Array.from({ length: 3 }, (_, i) =>
  live(200 + i, statsBody(`2026-02-0${2 + i}T10:00:00+01:00`, { kind: 'family', people: 2 })),
);

beforeAll(async () => {
  server = await startSyncServer({ stats: { now: () => new Date('2026-03-10T12:00:00Z') } });
  const contacts: Contact[] = [...BY_WORKER_1, ...JANUARY, ...FEBRUARY];
  const response = await sync(server, server.a.worker, contacts);
  expect(response.json.results.every((result) => result.status === 'created')).toBe(true);
});
afterAll(async () => {
  await server.close();
});

const stats = (query: string, token = server.a.coordinator) =>
  api<StatsResponse>(server, `${STATS_PATH}?${query}`, { token });
const JAN_FEB = 'from=2026-01-01&to=2026-02-28&group=month';

describe('GET /api/v1/stats', () => {
  it('[S100][S104] answers a coordinator with a valid, uncached answer for their team', async () => {
    const response = await stats(JAN_FEB);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const answer = StatsResponseSchema.parse(response.json);
    expect(answer.team).toBe('Team A');
    expect(answer.period).toEqual({ from: '2026-01-01', to: '2026-02-28', group: 'month' });
    expect(answer.previousPeriod).toEqual({ from: '2025-11-01', to: '2025-12-31' });
    expect(answer.today).toBe('2026-03-10');
    expect(answer.suppression).toEqual({ threshold: 5, roundingBase: 5 });
    expect(answer.activity.map((bucket) => [bucket.start, bucket.contacts])).toEqual([
      ['2026-01-01', 20],
      ['2026-02-01', null],
    ]);
    expect(answer.kinds.find((row) => row.id === 'street')?.contacts).toBe(20);
    expect(answer.previousTotals).toEqual({ contacts: 0, people: 0, referrals: 0 });
  });

  it('[S109] no note, place or contact id of the fixture appears in any answer', async () => {
    for (const query of [JAN_FEB, 'from=2026-03-01&to=2026-03-31', 'from=2026-03-01&to=2026-03-31&scheme=scheme-x']) {
      const response = await stats(query);
      expect(response.status).toBe(200);
      const text = JSON.stringify(response.json);
      expect(text).not.toContain(NOTE_MARKER);
      expect(text).not.toContain(PLACE_MARKER);
      for (const n of [1, 2, 100, 200]) expect(text).not.toContain(statsId(n));
      expect(text).not.toContain('00000000-0000-4000-9000');
    }
  });

  it('[S102][S103] every published count is 0, null or a multiple of 5 not below the threshold', async () => {
    const answer = StatsResponseSchema.parse((await stats('from=2026-01-01&to=2026-03-31')).json);
    const counts: unknown[] = [];
    JSON.stringify(answer, (key, value: unknown) => {
      const isCount = ['contacts', 'people', 'referrals', 'started', 'closed', 'due', 'overdue'].includes(key);
      // `referrals` is also the name of the referrals section (an object).
      if (isCount && (value === null || typeof value === 'number')) counts.push(value);
      return value;
    });
    expect(counts.length).toBeGreaterThan(20);
    for (const count of counts) {
      expect(count === 0 || count === null || (typeof count === 'number' && count >= 5 && count % 5 === 0)).toBe(true);
    }
  });

  it('[S108] differencing two overlapping periods does not reveal the suppressed February count', async () => {
    const both = StatsResponseSchema.parse((await stats(JAN_FEB)).json);
    const january = StatsResponseSchema.parse((await stats('from=2026-01-01&to=2026-01-31')).json);
    const february = StatsResponseSchema.parse((await stats('from=2026-02-01&to=2026-02-28')).json);
    expect(february.totals.contacts).toBeNull();
    // Without rounding the fixture would give it away: 23 − 20 = 3.
    expect(publishCount(23, 5, 1)! - publishCount(20, 5, 1)!).toBe(3);
    expect(both.totals.contacts).toBe(25);
    expect(january.totals.contacts).toBe(20);
    expect((both.totals.contacts ?? 0) - (january.totals.contacts ?? 0)).not.toBe(3);
  });

  it('[S108] differencing the total and a kind filter does not reveal the suppressed kind', async () => {
    const all = StatsResponseSchema.parse((await stats(JAN_FEB)).json);
    const street = StatsResponseSchema.parse((await stats(`${JAN_FEB}&kind=street`)).json);
    expect(all.kinds.find((row) => row.id === 'family')?.contacts).toBeNull();
    expect(street.filters).toEqual({ kind: 'street' });
    expect((all.totals.contacts ?? 0) - (street.totals.contacts ?? 0)).not.toBe(3);
    // People: 20 × 1 + 3 × 2 = 26 → 25; street 20; the difference is not the family's 6 either.
    expect((all.totals.people ?? 0) - (street.totals.people ?? 0)).not.toBe(6);
  });

  it('[S101] snaps the period outwards and chooses weeks up to a quarter', async () => {
    const week = StatsResponseSchema.parse((await stats('from=2026-03-04&to=2026-03-10')).json);
    expect(week.period).toEqual({ from: '2026-03-02', to: '2026-03-15', group: 'week' });
    expect(week.previousPeriod).toEqual({ from: '2026-02-16', to: '2026-03-01' });
    expect(week.activity.map((bucket) => bucket.start)).toEqual(['2026-03-02', '2026-03-09']);
    const year = StatsResponseSchema.parse((await stats('from=2025-03-15&to=2026-03-10')).json);
    expect(year.period).toEqual({ from: '2025-03-01', to: '2026-03-31', group: 'month' });
  });

  it('[S100] a worker token gets 403 JSON', async () => {
    const response = await stats(JAN_FEB, server.a.worker);
    expect(response.status).toBe(403);
    expect(ErrorBodySchema.parse(response.json).error).toBe('forbidden');
  });

  it("[S100] another team's coordinator sees only its own team: zeros", async () => {
    const answer = StatsResponseSchema.parse((await stats(JAN_FEB, server.b.coordinator)).json);
    expect(answer.team).toBe('Team B');
    expect(answer.totals).toEqual({ contacts: 0, people: 0, referrals: 0 });
    expect(answer.workers).toEqual([]);
    expect(answer.topics).toEqual([]);
  });

  it('[S100] no token: 401 JSON', async () => {
    const response = await api(server, `${STATS_PATH}?${JAN_FEB}`);
    expect(response.status).toBe(401);
    ErrorBodySchema.parse(response.json);
  });

  it('[S101] a malformed query is 400 JSON, a too long period 422 JSON', async () => {
    for (const query of [
      '',
      'from=2026-01-01',
      'from=2026-02-01&to=2026-01-01',
      'from=2026-01-01&to=2026-01-31&kind=nope',
      'from=2026-01-01&to=2026-01-31&group=day',
      'from=2026-01-01&to=2026-01-31&scheme=Not%20Kebab',
      'from=2026-01-01&to=2026-01-31&extra=1',
      'from=2026-01-01&to=2026-01-31&kind=street&kind=school',
      'from=2026-02-30&to=2026-03-01',
    ]) {
      const response = await stats(query);
      expect(response.status, query).toBe(400);
      ErrorBodySchema.parse(response.json);
    }
    for (const query of [
      'from=2024-01-01&to=2026-01-31',
      'from=2024-01-01&to=2025-12-31&group=week',
      'from=1999-12-01&to=2000-01-31',
    ]) {
      const response = await stats(query);
      expect(response.status, query).toBe(422);
      ErrorBodySchema.parse(response.json);
    }
  });
});
