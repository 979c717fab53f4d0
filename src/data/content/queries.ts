/**
 * Pure questions over one language's content: what several pages ask (a list of linked sections, footnotes
 * by number, a scheme's label…). Missing ids are left out everywhere: a favourite, a contact or a link may
 * name an item a content update removed.
 */
import { foldText } from '../../shared/text/fold-text';
import { inlineToPlainText } from '../../shared/text/inline-markup';
import type { ContentIndex } from './build-index';
import type { ChecklistRow, FootnoteRow, SectionRow, TermRow } from './rows';

/** What a link to a guide section needs. */
export type SectionRef = Pick<SectionRow, 'id' | 'number' | 'title'>;

const present = <T>(row: T | undefined): row is T => row !== undefined;
const refOf = ({ id, number, title }: SectionRow): SectionRef => ({ id, number, title });

/** The footnotes with these numbers, ascending, each once. */
export function footnotesByNumbers(content: ContentIndex, numbers: readonly number[]): FootnoteRow[] {
  return [...new Set(numbers)]
    .map((number) => content.footnotesByNumber.get(number))
    .filter(present)
    .sort((a, b) => a.number - b.number);
}

/** The sections with these ids, in the order given. */
export function sectionRefsInOrderGiven(content: ContentIndex, ids: readonly string[]): SectionRef[] {
  return ids
    .map((id) => content.sectionsById.get(id))
    .filter(present)
    .map(refOf);
}

/** The sections with these ids, in reading order, each once. */
export function sectionRefsInReadingOrder(content: ContentIndex, ids: readonly string[]): SectionRef[] {
  return [...new Set(ids)]
    .map((id) => content.sectionsById.get(id))
    .filter(present)
    .sort((a, b) => a.order - b.order)
    .map(refOf);
}

/** The terms with these ids, in the order given. */
export function termsByIds(content: ContentIndex, ids: readonly string[]): TermRow[] {
  return ids.map((id) => content.termsById.get(id)).filter(present);
}

/** Every checklist, A–Z by title (accent- and markup-insensitive), so each group reads alphabetically. */
export function checklistsByTitle(content: ContentIndex): ChecklistRow[] {
  const key = (row: ChecklistRow) => foldText(inlineToPlainText(row.title));
  return [...content.checklists].sort((a, b) => key(a).localeCompare(key(b)));
}

/** Titles (inline markup kept) of the checklists with these ids, by id. */
export function checklistTitles(content: ContentIndex, ids: Iterable<string>): Map<string, string> {
  const titles = new Map<string, string>();
  for (const id of ids) {
    const row = content.checklistsById.get(id);
    if (row) titles.set(id, row.title);
  }
  return titles;
}

/** Titles of the checklists Table 1's responses point to, by id (Table 1 and the finder name them). */
export function table1ChecklistTitles(content: ContentIndex): Map<string, string> {
  return checklistTitles(content, table1LinkedIds(content, 'checklists'));
}

/** The scheme's referral checklist (`kind: referral`, `scheme: <id>`), if it has one. */
export function referralChecklistOf(content: ContentIndex, schemeId: string): ChecklistRow | undefined {
  return content.checklists.find((row) => row.kind === 'referral' && row.scheme === schemeId);
}

/** Every id that Table 1's responses link to, of one kind, each once, in the table's order. */
export function table1LinkedIds(content: ContentIndex, kind: 'sections' | 'schemes' | 'checklists'): string[] {
  return [...new Set(content.tableFactors.flatMap((factor) => factor.responses.flatMap((response) => response[kind])))];
}
