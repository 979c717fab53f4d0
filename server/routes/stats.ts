import type { FastifyInstance } from 'fastify';
import {
  DEFAULT_MIN_CELL,
  FOLLOW_UP_DUE_DAYS,
  STATS_PATH,
  StatsQuerySchema,
  type StatsResponse,
} from '../../src/shared/protocol/stats';
import { requireAuth, type AuthDeps } from '../auth/require-auth';
import { HttpError } from '../http/errors';
import { publishStats } from '../stats/publish-stats';
import { addDays, snapPeriod, StatsRangeError, type SnappedPeriod } from '../stats/stats-period';
import type { StatsStore } from '../stats/stats-store';
import { principalOf } from './sync';

export interface StatsRouteDeps extends AuthDeps {
  stats: StatsStore;
  /** [S102] The suppression threshold (LT_STATS_MIN_CELL); never below DEFAULT_MIN_CELL. */
  minCell: number;
  /** Clock for `generatedAt` and "today" (tests). */
  now: () => Date;
}

/** [S106] The server's calendar date (its own time zone: where the team works, as TZ says). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** GET /api/v1/stats (coordinators): the team's aggregates, docs/SPEC.md "Team statistics", [S100]–[S109]. */
export function registerStatsRoute(app: FastifyInstance, deps: StatsRouteDeps): void {
  if (!(deps.minCell >= DEFAULT_MIN_CELL)) throw new Error(`stats threshold below ${DEFAULT_MIN_CELL}`);
  app.get(STATS_PATH, { onRequest: requireAuth(deps, ['coordinator']) }, async (request, reply) => {
    const { teamId, team } = principalOf(request);
    const query = StatsQuerySchema.parse(request.query);
    let period: SnappedPeriod;
    try {
      period = snapPeriod(query.from, query.to, query.group);
    } catch (error) {
      if (error instanceof StatsRangeError) throw new HttpError(422, error.message);
      throw error;
    }
    const now = deps.now();
    const today = localDate(now);
    const filters = { kind: query.kind, scheme: query.scheme };
    const dates = { today, dueUntil: addDays(today, FOLLOW_UP_DUE_DAYS) };
    const [raw, previous] = await Promise.all([
      deps.stats.aggregate(teamId, { from: period.from, to: period.to, ...filters, ...dates, detail: true }),
      deps.stats.aggregate(teamId, { ...period.previous, ...filters, ...dates, detail: false }),
    ]);
    const answer: StatsResponse = publishStats(raw, previous, {
      team,
      period,
      filters,
      threshold: deps.minCell,
      generatedAt: now.toISOString(),
      today,
    });
    // [S109] What was asked, never what was found: no count, no label, no id.
    request.log.info(
      {
        team: teamId,
        group: period.group,
        buckets: period.buckets.length,
        filtered: query.kind !== undefined || query.scheme !== undefined,
      },
      'stats',
    );
    reply.header('cache-control', 'no-store');
    return answer;
  });
}
