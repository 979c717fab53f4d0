/**
 * GET /api/v1/stats ([S100]–[S109]) with the team's token, through the one request helper of the team
 * (timeout, no HTTP cache, every failure classified with a translated key): the answer is trusted only once it
 * matches the shared schema, and only if it answers the filters that were asked.
 */
import { failure } from '../team/classify-failure';
import { requestServer } from '../team/server-request';
import type { Answer, HttpDeps } from '../team/sync-http';
import { STATS_PATH, StatsResponseSchema, type StatsQuery, type StatsResponse } from '../../shared/protocol/stats';
import { statsSearchParams } from './stats-key';

export const statsUrl = (serverUrl: string, query: StatsQuery) =>
  `${serverUrl.replace(/\/+$/, '')}${STATS_PATH}?${statsSearchParams(query).toString()}`;

export async function fetchStats(
  deps: HttpDeps,
  serverUrl: string,
  token: string,
  query: StatsQuery,
): Promise<Answer<StatsResponse>> {
  const answer = await requestServer(deps, statsUrl(serverUrl, query), {
    method: 'GET',
    headers: { authorization: `Bearer ${token}` },
  });
  if (!answer.ok) return answer;
  let body: unknown;
  try {
    body = JSON.parse(answer.reply.text);
  } catch {
    return { ok: false, failure: failure('bad-response', { status: answer.reply.status, detail: 'reply is not JSON' }) };
  }
  const parsed = StatsResponseSchema.safeParse(body);
  if (!parsed.success) return { ok: false, failure: failure('bad-response', { detail: 'reply does not match [S100]' }) };
  const { filters } = parsed.data;
  if (filters.kind !== query.kind || filters.scheme !== query.scheme) {
    return { ok: false, failure: failure('bad-response', { detail: 'reply answers other filters' }) };
  }
  return { ok: true, value: parsed.data };
}
