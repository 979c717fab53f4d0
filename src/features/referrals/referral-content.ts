/** The schemes and checklists that referrals name, from the content in memory. Pure. */
import type { ChecklistRow, ContentIndex } from '../../data/content';
import { inlineToPlainText } from '../../lib/inline-markup';

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

/** Missing ids (an item a content update removed) are simply absent. */
export function referralContent(
  content: ContentIndex,
  schemeIds: readonly string[],
  checklistIds: readonly string[],
): ReferralContent {
  const found: ReferralContent = { schemes: new Map(), checklists: new Map() };
  for (const id of schemeIds) {
    const scheme = content.schemesById.get(id);
    if (!scheme) continue;
    const name = inlineToPlainText(scheme.nameFr);
    found.schemes.set(id, { id, label: scheme.acronym ?? name, name });
  }
  for (const id of checklistIds) {
    const checklist = content.checklistsById.get(id);
    if (checklist) found.checklists.set(id, checklist);
  }
  return found;
}
