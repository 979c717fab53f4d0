import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { ContentMetaRow } from '../../../db/rows';

export type Table1Meta = { title: ContentMetaRow['table1Title']; intro: ContentMetaRow['table1Intro'] };

/** Title and introduction of Table 1, stored with the content pack's metadata; undefined before seeding. */
export async function getTable1Meta(lang: ContentLanguage): Promise<Table1Meta | undefined> {
  const meta = await getDb().contentMeta.get(contentTables(getDb(), lang).metaKey);
  return meta && { title: meta.table1Title, intro: meta.table1Intro };
}
