import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { ContentMetaRow } from '../../../db/rows';

/** What content pack this device holds (version, dates, guide edition); undefined before the first seeding. */
export function getContentMeta(lang: ContentLanguage): Promise<ContentMetaRow | undefined> {
  return getDb().contentMeta.get(contentTables(getDb(), lang).metaKey);
}
