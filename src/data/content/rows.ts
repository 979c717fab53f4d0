/**
 * Row shapes of the content a page reads: the pack's items plus the ordering keys the pages sort by. They were
 * the rows of the IndexedDB content tables; content now lives in memory (built from the compiled pack), with
 * the same shapes so every page renders as before.
 */
import type {
  Checklist,
  ContentLanguage,
  Edition,
  Footnote,
  GuideSection,
  Scheme,
  TableFactor,
  VocabularyEntry,
} from '../../content/schema';

export type SectionRow = GuideSection & { order: number };
export type FootnoteRow = Footnote;
export type TermRow = VocabularyEntry & { sortKey: string };
export type SchemeRow = Scheme & { sortKey: string };
export type ChecklistRow = Checklist;
export type TableFactorRow = TableFactor & { order: number };

/** What the pack says of itself and of the guide: the settings page and Table 1's heading show it. */
export interface ContentMeta {
  version: string;
  date: string;
  lang: ContentLanguage;
  /** Which edition the pack is (the English source or our French translation) and the official publication. */
  edition: Edition;
  table1Title: string;
  table1Intro: string;
  guideTitle: string;
  guideSubtitle: string;
  guidePublisher: string;
  guidePublished: string;
}
