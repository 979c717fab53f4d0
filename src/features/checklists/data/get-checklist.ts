import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { ChecklistRow } from '../../../db/rows';

export function getChecklist(id: string, lang: ContentLanguage): Promise<ChecklistRow | undefined> {
  return contentTables(getDb(), lang).checklists.get(id);
}
