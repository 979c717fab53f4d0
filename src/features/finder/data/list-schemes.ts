import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { SchemeRow } from '../../../db/rows';

/** Every scheme, A–Z by acronym (or English name): the finder's order within a group of results. */
export function listSchemes(lang: ContentLanguage): Promise<SchemeRow[]> {
  return contentTables(getDb(), lang).schemes.orderBy('sortKey').toArray();
}
