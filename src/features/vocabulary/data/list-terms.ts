import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { TermRow } from '../../../db/rows';

/** Every term, A–Z by its folded headword. */
export function listTerms(lang: ContentLanguage): Promise<TermRow[]> {
  return contentTables(getDb(), lang).terms.orderBy('sortKey').toArray();
}
