import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { SectionRow } from '../../../db/rows';

export function getSection(id: string, lang: ContentLanguage): Promise<SectionRow | undefined> {
  return contentTables(getDb(), lang).sections.get(id);
}
