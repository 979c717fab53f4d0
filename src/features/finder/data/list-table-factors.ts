import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { TableFactorRow } from '../../../db/rows';

/** The factors of Table 1 in the guide's order: the finder pairs their family and environment responses. */
export function listTableFactors(lang: ContentLanguage): Promise<TableFactorRow[]> {
  return contentTables(getDb(), lang).tableFactors.orderBy('order').toArray();
}
