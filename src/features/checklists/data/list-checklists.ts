import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { ChecklistRow } from '../../../db/rows';
import { foldText } from '../../../lib/fold-text';
import { inlineToPlainText } from '../../../lib/inline-markup';

/** Every checklist, sorted by title (accent-insensitive) so each group reads alphabetically. */
export async function listChecklists(lang: ContentLanguage): Promise<ChecklistRow[]> {
  const rows = await contentTables(getDb(), lang).checklists.toArray();
  const key = (row: ChecklistRow) => foldText(inlineToPlainText(row.title));
  return rows.sort((a, b) => key(a).localeCompare(key(b)));
}
