import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { ChecklistRow } from '../../../db/rows';

/** The scheme's referral checklist (content `kind: referral`, `scheme: <id>`), if it has one. */
export async function getReferralChecklist(schemeId: string, lang: ContentLanguage): Promise<ChecklistRow | undefined> {
  return contentTables(getDb(), lang)
    .checklists.where('scheme')
    .equals(schemeId)
    .filter((checklist) => checklist.kind === 'referral')
    .first();
}
