import { getDb } from '../../../db/db';
import type { ContentMetaRow } from '../../../db/rows';

/** What content pack this device holds (version, dates, guide edition); undefined before the first seeding. */
export function getContentMeta(): Promise<ContentMetaRow | undefined> {
  return getDb().contentMeta.get('pack');
}
