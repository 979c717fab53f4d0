/**
 * Table names are frozen: they are part of every user's on-device database. Renaming one is a schema
 * migration (a new version in schema-versions.ts with an upgrade), never an edit here.
 */
export const TABLES = Object.freeze({
  // Content tables of schemes v1–v5, deleted by v6 (issue #11: content is read from the compiled pack in memory,
  // src/data/content). The names stay here, frozen: the v1–v5 declarations and the v6 deletion name them.
  sections: 'sections',
  footnotes: 'footnotes',
  terms: 'terms',
  schemes: 'schemes',
  checklists: 'checklists',
  tableFactors: 'tableFactors',
  contentMeta: 'contentMeta',
  // French content (schema v3, issue #7): the same rows as the tables above, in French; deleted by v6 too.
  sectionsFr: 'sectionsFr',
  footnotesFr: 'footnotesFr',
  termsFr: 'termsFr',
  schemesFr: 'schemesFr',
  checklistsFr: 'checklistsFr',
  tableFactorsFr: 'tableFactorsFr',
  // The user's own data.
  favourites: 'favourites',
  checklistRuns: 'checklistRuns',
  // Outreach contacts (schema v2). Bodies are only read and written through src/data/contacts/contact-store.ts.
  contacts: 'contacts',
  contactDrafts: 'contactDrafts',
  syncMeta: 'syncMeta',
  // The team's local directory (schema v4): the team's published entries and the device's own.
  directoryEntries: 'directoryEntries',
  // The coordinator dashboard (schema v7, issue #16): the last statistics report loaded for each query.
  statsReports: 'statsReports',
} as const);

/** The content tables schema v6 deletes: no code reads or writes them any more. */
export const CONTENT_TABLES = [
  TABLES.sections,
  TABLES.footnotes,
  TABLES.terms,
  TABLES.schemes,
  TABLES.checklists,
  TABLES.tableFactors,
  TABLES.sectionsFr,
  TABLES.footnotesFr,
  TABLES.termsFr,
  TABLES.schemesFr,
  TABLES.checklistsFr,
  TABLES.tableFactorsFr,
  TABLES.contentMeta,
] as const;

export const USER_TABLES = [
  TABLES.favourites,
  TABLES.checklistRuns,
  TABLES.contacts,
  TABLES.contactDrafts,
  TABLES.syncMeta,
  TABLES.directoryEntries,
  TABLES.statsReports,
] as const;
