import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { SectionRow } from '../../../db/rows';

/** Every section in document order. */
export function listSections(lang: ContentLanguage): Promise<SectionRow[]> {
  return contentTables(getDb(), lang).sections.orderBy('order').toArray();
}
