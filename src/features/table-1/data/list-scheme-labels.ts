import { getDb } from '../../../db/db';

/** Short label of the given schemes, by id: the acronym when there is one (CEJ, TAPAJ), else the name. */
export async function listSchemeLabels(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await getDb().schemes.bulkGet([...ids]);
  return new Map(rows.filter((row) => row !== undefined).map((row) => [row.id, row.acronym ?? row.nameEn]));
}
