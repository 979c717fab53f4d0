/**
 * Loads the report of a query from the team's server and keeps it as the last one of that query: what the
 * dashboard's "Refresh" does. Never silent: every way it can end is a result the page says in words (the
 * failures carry the sync namespace's translated key, src/data/team/classify-failure.ts).
 */
import { getVaultSession } from '../../platform/vault';
import type { StatsQuery } from '../../shared/protocol/stats';
import { sealMode } from '../device-lock/key-record';
import { failure, type SyncFailure } from '../team/classify-failure';
import { browserHttpDeps, type HttpDeps } from '../team/sync-http';
import { getTeamInfo, getTeamSettings } from '../team/sync-meta';
import { fetchStats } from './fetch-stats';
import { storeReport } from './stats-store';

export type StatsLoad =
  | { result: 'loaded' }
  | { result: 'no-team' }
  | { result: 'not-coordinator' }
  /** [S93] The token is sealed and the app locked: the stored report stays readable, refreshing needs the code. */
  | { result: 'locked' }
  | { result: 'failed'; failure: SyncFailure };

export async function loadStats(query: StatsQuery, deps: HttpDeps = browserHttpDeps()): Promise<StatsLoad> {
  const info = await getTeamInfo();
  if (!info) return { result: 'no-team' };
  // [S107] The server refuses a worker's token (403) anyway; asking would only show an error.
  if (info.role !== 'coordinator') return { result: 'not-coordinator' };
  // Offline first: unlocking would not help then.
  if (!deps.online()) return { result: 'failed', failure: failure('offline') };
  if (!getVaultSession().unlocked && (await sealMode()) === 'sealed') return { result: 'locked' };
  const settings = await getTeamSettings();
  if (!settings) return { result: 'no-team' };
  const answer = await fetchStats(deps, settings.serverUrl, settings.token, query);
  if (!answer.ok) return { result: 'failed', failure: answer.failure };
  await storeReport(settings, query, answer.value, new Date(deps.now()).toISOString());
  return { result: 'loaded' };
}
