/**
 * Content queries (the data layer's content module): the guide, vocabulary, schemes, checklists and Table 1 of
 * a language, in memory, from the compiled content pack. User data stays in src/db.
 */
export { buildContentIndex, type ContentIndex } from './build-index';
export type {
  ChecklistRow,
  ContentMeta,
  FootnoteRow,
  SchemeRow,
  SectionRow,
  TableFactorRow,
  TermRow,
} from './rows';
export {
  ContentLoadError,
  contentUsedLanguages,
  loadContent,
  peekContent,
  provideContent,
  resetContentUsage,
} from './store';
export { useContent } from './use-content';
export {
  checklistTitles,
  checklistsByTitle,
  footnotesByNumbers,
  referralChecklistOf,
  sectionRefsInOrderGiven,
  sectionRefsInReadingOrder,
  table1LinkedIds,
  termsByIds,
  type SectionRef,
} from './queries';
