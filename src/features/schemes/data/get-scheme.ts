import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { SchemeRow } from '../../../db/rows';

export function getScheme(id: string, lang: ContentLanguage): Promise<SchemeRow | undefined> {
  return contentTables(getDb(), lang).schemes.get(id);
}
