import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { TableFactorRow } from '../../../db/rows';
import { inlineToPlainText } from '../../../lib/inline-markup';

export interface TopicOption {
  id: string;
  title: string;
  scope: TableFactorRow['scope'];
}

/** The Table 1 factors, in the guide's order, as the topics a contact can be about. */
export async function listTopics(lang: ContentLanguage): Promise<TopicOption[]> {
  const rows = await contentTables(getDb(), lang).tableFactors.orderBy('order').toArray();
  return rows.map((row) => ({ id: row.id, title: inlineToPlainText(row.factor), scope: row.scope }));
}
