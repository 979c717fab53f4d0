/** Row types of the on-device database. Content rows are the pack's items plus ordering keys. */
import type { Checklist, Footnote, GuideSection, Scheme, TableFactor, VocabularyEntry } from '../content/schema';

export type SectionRow = GuideSection & { order: number };
export type FootnoteRow = Footnote;
export type TermRow = VocabularyEntry & { sortKey: string };
export type SchemeRow = Scheme & { sortKey: string };
export type ChecklistRow = Checklist;
export type TableFactorRow = TableFactor & { order: number };

export interface ContentMetaRow {
  key: 'pack';
  version: string;
  date: string;
  lang: 'en' | 'fr';
  seededAt: string;
  /** SEED_FORMAT of the code that seeded (src/db/seed-content.ts). */
  seedFormat: number;
  table1Title: string;
  table1Intro: string;
  guideTitle: string;
  guideSubtitle: string;
  guidePublisher: string;
  guidePublished: string;
}

export type FavouriteKind = 'section' | 'term' | 'scheme' | 'checklist';

export interface FavouriteRow {
  kind: FavouriteKind;
  id: string;
  createdAt: string;
}

export interface ChecklistRunRow {
  /** Random UUID. */
  id: string;
  checklistId: string;
  startedAt: string;
  updatedAt: string;
  /** Ids of the ticked steps. */
  ticked: string[];
  /** Set when the user restarts: the run is kept as history, a new one starts. */
  archivedAt?: string;
}
