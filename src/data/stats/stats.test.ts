/** The dashboard's data: GET /stats with the team's token, validated, kept per query and membership. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import { statsAnswer } from '../../../tests/unit/stats-answer';
import type { LimitsDb } from '../../platform/db/db';
import type { StatsQuery } from '../../shared/protocol/stats';
import type { HttpDeps } from '../team/sync-http';
import { saveTeamSettings, type TeamSettings } from '../team/sync-meta';
import { loadStats } from './load-stats';
import { STATS_CHANGED_EVENT } from './stats-events';
import { getStoredReport, MAX_STORED_REPORTS, storeReport } from './stats-store';

const NOW = Date.parse('2026-12-02T10:00:00Z');
const QUERY: StatsQuery = { from: '2026-11-01', to: '2026-11-30', group: 'month' };
const coordinator: TeamSettings = {
  serverUrl: 'https://team.example.org/',
  token: 'lt_coord',
  team: 'Équipe Nord',
  role: 'coordinator',
  label: 'Office',
  joinedAt: '2026-01-01T00:00:00.000Z',
};

const deps = (fetch: HttpDeps['fetch'], online = true): HttpDeps => ({
  fetch,
  now: () => NOW,
  timeoutMs: 1_000,
  online: () => online,
});
const serve = (status: number, body: unknown) =>
  vi.fn<HttpDeps['fetch']>(async () => new Response(JSON.stringify(body), { status }));

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
});

describe('loadStats', () => {
  it('asks GET /api/v1/stats with the token and the query, keeps the answer with its date and says so', async () => {
    await saveTeamSettings(coordinator);
    const fetch = serve(200, statsAnswer());
    const heard = vi.fn();
    window.addEventListener(STATS_CHANGED_EVENT, heard);
    expect(await loadStats({ ...QUERY, kind: 'street' }, deps(serve(200, statsAnswer())))).toMatchObject({
      result: 'failed',
      failure: { kind: 'bad-response', detail: 'reply answers other filters' },
    });
    expect(await loadStats(QUERY, deps(fetch))).toEqual({ result: 'loaded' });
    window.removeEventListener(STATS_CHANGED_EVENT, heard);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://team.example.org/api/v1/stats?from=2026-11-01&to=2026-11-30&group=month');
    expect(init?.headers).toEqual({ authorization: 'Bearer lt_coord' });
    expect(await getStoredReport(coordinator, QUERY)).toEqual({
      report: statsAnswer(),
      loadedAt: '2026-12-02T10:00:00.000Z',
    });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a 403', serve(403, { error: 'forbidden', message: 'coordinators only' }), true, 'errors.forbidden'],
    ['an answer off the schema', serve(200, { ...statsAnswer(), totals: { contacts: 3 } }), true, 'errors.badResponse'],
    ['offline', serve(200, statsAnswer()), false, 'errors.offline'],
  ] as const)('on %s, fails with a translated key and keeps the last report', async (_case, fetch, online, key) => {
    await saveTeamSettings(coordinator);
    await storeReport(coordinator, QUERY, statsAnswer(), '2026-12-01T08:00:00.000Z');
    expect(await loadStats(QUERY, deps(fetch, online))).toMatchObject({ result: 'failed', failure: { key } });
    expect((await getStoredReport(coordinator, QUERY))?.loadedAt).toBe('2026-12-01T08:00:00.000Z');
  });

  it('asks nothing for a worker or a device without a team', async () => {
    const fetch = serve(200, statsAnswer());
    expect(await loadStats(QUERY, deps(fetch))).toEqual({ result: 'no-team' });
    await saveTeamSettings({ ...coordinator, role: 'worker' });
    expect(await loadStats(QUERY, deps(fetch))).toEqual({ result: 'not-coordinator' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('stored reports', () => {
  it('are per query and per membership: another team’s report is never shown and goes at the next save', async () => {
    await storeReport(coordinator, QUERY, statsAnswer(), '2026-12-01T08:00:00.000Z');
    const other = { ...QUERY, kind: 'school' as const };
    expect(await getStoredReport(coordinator, other)).toBeUndefined();
    const rejoined = { ...coordinator, joinedAt: '2026-12-02T00:00:00.000Z' };
    expect(await getStoredReport(rejoined, QUERY)).toBeUndefined();
    await storeReport(rejoined, other, statsAnswer({ filters: { kind: 'school' } }), '2026-12-02T08:00:00.000Z');
    expect(await db.statsReports.count()).toBe(1);
  });

  it(`keep at most ${MAX_STORED_REPORTS}, dropping the oldest loaded`, async () => {
    for (let day = 1; day <= MAX_STORED_REPORTS + 2; day++) {
      const date = `2026-10-${String(day).padStart(2, '0')}`;
      await storeReport(coordinator, { from: date, to: date }, statsAnswer(), `${date}T12:00:00.000Z`);
    }
    expect(await db.statsReports.count()).toBe(MAX_STORED_REPORTS);
    expect(await getStoredReport(coordinator, { from: '2026-10-02', to: '2026-10-02' })).toBeUndefined();
    expect(await getStoredReport(coordinator, { from: '2026-10-03', to: '2026-10-03' })).toBeDefined();
  });

  it('that no longer validate read as none', async () => {
    await storeReport(coordinator, QUERY, statsAnswer(), '2026-12-01T08:00:00.000Z');
    await db.statsReports.update('from=2026-11-01&to=2026-11-30&group=month', { report: { team: 'x' } });
    expect(await getStoredReport(coordinator, QUERY)).toBeUndefined();
  });
});
