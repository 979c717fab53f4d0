import { getDb } from '../../platform/db/db';

/**
 * The schemes the team's local directory lists (team or device entries): they exist locally, which settles
 * where a regional scheme (EDI, PRIJ) can be reached.
 */
export async function listListedSchemes(): Promise<Set<string>> {
  const ids = await getDb().directoryEntries.orderBy('schemeId').uniqueKeys();
  return new Set(ids.map(String));
}
