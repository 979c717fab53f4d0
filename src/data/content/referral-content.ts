/** The schemes and checklists that referrals name, from the content in memory. Pure. */
import type { ChecklistRow, ContentIndex } from '.';
import { schemeLabelOf, type SchemeLabel } from './scheme-labels';

export type { SchemeLabel };

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
    if (scheme) found.schemes.set(id, schemeLabelOf(scheme));
  }
  for (const id of checklistIds) {
    const checklist = content.checklistsById.get(id);
    if (checklist) found.checklists.set(id, checklist);
  }
  return found;
}
