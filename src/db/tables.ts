/**
 * Table names are frozen: they are part of every user's on-device database. Renaming one is a schema
 * migration (a new version in schema-versions.ts with an upgrade), never an edit here.
 */
export const TABLES = Object.freeze({
  // Content, re-seeded whenever the bundled content pack's version changes.
  sections: 'sections',
  footnotes: 'footnotes',
  terms: 'terms',
  schemes: 'schemes',
  checklists: 'checklists',
  tableFactors: 'tableFactors',
  contentMeta: 'contentMeta',
  // The user's own data: never cleared by seeding.
  favourites: 'favourites',
  checklistRuns: 'checklistRuns',
  // Outreach contacts (schema v2). Bodies are only read and written through src/db/contact-store.ts.
  contacts: 'contacts',
  contactDrafts: 'contactDrafts',
  syncMeta: 'syncMeta',
} as const);

export const CONTENT_TABLES = [
  TABLES.sections,
  TABLES.footnotes,
  TABLES.terms,
  TABLES.schemes,
  TABLES.checklists,
  TABLES.tableFactors,
  TABLES.contentMeta,
] as const;

export const USER_TABLES = [
  TABLES.favourites,
  TABLES.checklistRuns,
  TABLES.contacts,
  TABLES.contactDrafts,
  TABLES.syncMeta,
] as const;
