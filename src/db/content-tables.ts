/**
 * The content tables of one language. English (the edition the guide's content comes from) lives in the
 * tables of schema v1, French in the tables of schema v3 with the same keys and indexes, so a data operation
 * reads either language with the same query: `contentTables(getDb(), lang).sections.get(id)`.
 */
import type { Table } from 'dexie';
import type { ContentLanguage } from '../content/schema';
import type { LimitsDb } from './db';
import type { ChecklistRow, ContentMetaRow, FootnoteRow, SchemeRow, SectionRow, TableFactorRow, TermRow } from './rows';

export interface ContentTables {
  sections: Table<SectionRow, string>;
  footnotes: Table<FootnoteRow, number>;
  terms: Table<TermRow, string>;
  schemes: Table<SchemeRow, string>;
  checklists: Table<ChecklistRow, string>;
  tableFactors: Table<TableFactorRow, string>;
  /** The language's row in contentMeta. */
  metaKey: ContentMetaRow['key'];
}

export function contentTables(db: LimitsDb, lang: ContentLanguage): ContentTables {
  return lang === 'fr'
    ? {
        sections: db.sectionsFr,
        footnotes: db.footnotesFr,
        terms: db.termsFr,
        schemes: db.schemesFr,
        checklists: db.checklistsFr,
        tableFactors: db.tableFactorsFr,
        metaKey: 'pack-fr',
      }
    : {
        sections: db.sections,
        footnotes: db.footnotes,
        terms: db.terms,
        schemes: db.schemes,
        checklists: db.checklists,
        tableFactors: db.tableFactors,
        metaKey: 'pack',
      };
}
