import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { ChecklistRow } from '../../../db/rows';
import { inlineToPlainText } from '../../../lib/inline-markup';

export interface SchemeLabel {
  id: string;
  /** Acronym when there is one (CEJ), else the French name, as the directory shows it. */
  label: string;
  name: string;
}

export interface ReferralContent {
  schemes: Map<string, SchemeLabel>;
  checklists: Map<string, ChecklistRow>;
}

/** The schemes and checklists that referrals name, in the content language. Missing ids are simply absent. */
export async function listReferralContent(
  schemeIds: readonly string[],
  checklistIds: readonly string[],
  lang: ContentLanguage,
): Promise<ReferralContent> {
  const tables = contentTables(getDb(), lang);
  const [schemes, checklists] = await Promise.all([
    tables.schemes.bulkGet([...new Set(schemeIds)]),
    tables.checklists.bulkGet([...new Set(checklistIds)]),
  ]);
  const content: ReferralContent = { schemes: new Map(), checklists: new Map() };
  for (const scheme of schemes) {
    if (!scheme) continue;
    const name = inlineToPlainText(scheme.nameFr);
    content.schemes.set(scheme.id, { id: scheme.id, label: scheme.acronym ?? name, name });
  }
  for (const checklist of checklists) if (checklist) content.checklists.set(checklist.id, checklist);
  return content;
}
