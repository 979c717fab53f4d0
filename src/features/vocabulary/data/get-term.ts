import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { TermRow } from '../../../db/rows';

export function getTerm(id: string, lang: ContentLanguage): Promise<TermRow | undefined> {
  return contentTables(getDb(), lang).terms.get(id);
}
