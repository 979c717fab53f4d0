/**
 * Content queries (the data layer's content module): the guide, vocabulary, schemes, checklists and Table 1 of
 * a language, in memory, from the compiled content pack. User data lives in the other modules of src/data.
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
export { schemeLabelOf, schemeLabels, schemeName, type SchemeLabel } from './scheme-labels';
export {
  checklistTitles,
  checklistsByTitle,
  footnotesByNumbers,
  referralChecklistOf,
  sectionRefsInOrderGiven,
  sectionRefsInReadingOrder,
  table1ChecklistTitles,
  table1LinkedIds,
  termsByIds,
  type SectionRef,
} from './queries';
