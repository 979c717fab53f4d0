/**
 * The last statistics report loaded for each query, kept on the coordinator's device so the dashboard stays
 * readable offline with its date (issue #16). Aggregates only (no note, no place, no contact id: [S100]), so the
 * rows are not sealed by the passcode; the sign-out wipe removes them (src/data/device-lock/device-data.ts).
 *
 * A report belongs to the membership it was loaded for: one of a team left, or joined again, is never shown and
 * goes at the next save. At most {@link MAX_STORED_REPORTS} are kept, the oldest loaded going first.
 */
import { getDb } from '../../platform/db/db';
import type { StatsReportRow } from '../../platform/db/rows';
import { StatsResponseSchema, type StatsQuery, type StatsResponse } from '../../shared/protocol/stats';
import type { TeamInfo } from '../team/sync-meta';
import { announceStatsChange } from './stats-events';
import { statsKey } from './stats-key';

export const MAX_STORED_REPORTS = 24;

export interface StoredReport {
  report: StatsResponse;
  /** When this device received it (the answer's own `generatedAt` is the server's clock). */
  loadedAt: string;
}

type Membership = Pick<TeamInfo, 'serverUrl' | 'joinedAt'>;

const sameMembership = (row: StatsReportRow, membership: Membership) =>
  row.serverUrl === membership.serverUrl && row.joinedAt === membership.joinedAt;

/** The stored report of `query` for this membership; undefined when none, or when it no longer validates. */
export async function getStoredReport(
  membership: Membership | undefined,
  query: StatsQuery,
): Promise<StoredReport | undefined> {
  if (!membership) return undefined;
  const row = await getDb().statsReports.get(statsKey(query));
  if (!row || !sameMembership(row, membership)) return undefined;
  const parsed = StatsResponseSchema.safeParse(row.report);
  return parsed.success ? { report: parsed.data, loadedAt: row.loadedAt } : undefined;
}

/** Keeps `report` as the last one of `query`; drops other memberships' reports and the oldest beyond the cap. */
export async function storeReport(
  membership: Membership,
  query: StatsQuery,
  report: StatsResponse,
  loadedAt: string,
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.statsReports, async () => {
    await db.statsReports.filter((row) => !sameMembership(row, membership)).delete();
    await db.statsReports.put({
      key: statsKey(query),
      serverUrl: membership.serverUrl,
      joinedAt: membership.joinedAt,
      loadedAt,
      report,
    });
    const surplus = (await db.statsReports.count()) - MAX_STORED_REPORTS;
    if (surplus > 0) {
      const oldest = await db.statsReports.orderBy('loadedAt').limit(surplus).primaryKeys();
      await db.statsReports.bulkDelete(oldest);
    }
  });
  announceStatsChange();
}

/** Every stored report (leaving the team from the dashboard, tests). */
export async function clearStoredReports(): Promise<void> {
  await getDb().statsReports.clear();
  announceStatsChange();
}
