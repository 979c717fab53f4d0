/**
 * Every schema version the app has ever shipped, oldest first. Never edit a shipped entry: add a new one
 * (with an `upgrade` when existing rows must change). src/platform/db/db-upgrade.test.ts opens databases created
 * by each older version and checks nothing of the user's is lost.
 */
import type { Transaction } from 'dexie';
import { withListedAt } from './contact-listing';
import { CONTENT_TABLES, TABLES } from './tables';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      [TABLES.sections]: 'id, order, parent',
      [TABLES.footnotes]: 'number',
      [TABLES.terms]: 'id, sortKey',
      [TABLES.schemes]: 'id, category, sortKey',
      [TABLES.checklists]: 'id, kind, scheme',
      [TABLES.tableFactors]: 'id, order',
      [TABLES.contentMeta]: 'key',
      [TABLES.favourites]: '[kind+id], createdAt',
      [TABLES.checklistRuns]: 'id, checklistId, [checklistId+startedAt], updatedAt',
    },
  },
  {
    // Outreach contacts and their sync state (issue #4). No existing rows change: new tables only.
    version: 2,
    stores: {
      [TABLES.contacts]: 'id, occurredAt, updatedAt, syncState, [syncState+updatedAt]',
      [TABLES.contactDrafts]: 'key, updatedAt',
      [TABLES.syncMeta]: 'key',
    },
  },
  {
    // French content (issue #7): a table per content table, with the same keys and indexes as the English one,
    // so every content query read the same in both languages (version 6 deleted every content table).
    // New tables only: no existing row moves, the English tables and every user table stay as they are; the
    // seeding fills the French tables (SEED_FORMAT 2) on the next start.
    version: 3,
    stores: {
      [TABLES.sectionsFr]: 'id, order, parent',
      [TABLES.footnotesFr]: 'number',
      [TABLES.termsFr]: 'id, sortKey',
      [TABLES.schemesFr]: 'id, category, sortKey',
      [TABLES.checklistsFr]: 'id, kind, scheme',
      [TABLES.tableFactorsFr]: 'id, order',
    },
  },
  {
    // The team's local directory (issue #5, docs/SPEC.md [S70], [S87]): the structures that deliver each scheme,
    // the team's published ones and the device's own. New table only: no existing row changes. Its meta
    // (version, ETag, dates) lives in syncMeta under the key 'directory'.
    version: 4,
    stores: {
      [TABLES.directoryEntries]: 'id, schemeId, source',
    },
  },
  {
    // The "not sent for 3 days" notice counts unsynced contacts by when their first unsent change was made
    // ([S41]). Without an index it walked every unsynced row changed since, on every change to the table: with
    // thousands waiting, every save waited for that walk. Only unsynced rows carry pendingSince (a sync clears
    // it), so a native count over this index is the answer. Index only: Dexie indexes existing rows itself.
    version: 5,
    stores: {
      [TABLES.contacts]: 'id, occurredAt, updatedAt, syncState, [syncState+updatedAt], pendingSince',
    },
  },
  {
    // Content is no longer stored on the device (issue #11): pages read the compiled pack in memory
    // (src/data/content), fetched once and precached by the service worker, so a page can be prerendered and
    // hydrated with its text. Deleting the content tables frees what they held (both languages of the guide);
    // every user table stays exactly as it is. No upgrade function: deleting a table is the whole change.
    version: 6,
    stores: Object.fromEntries(CONTENT_TABLES.map((name) => [name, null])),
  },
  {
    // The coordinator dashboard (issue #16): the last report of GET /api/v1/stats loaded for each query, so it
    // stays readable offline with its date. New table only: no existing row changes. Keyed by the query;
    // `loadedAt` finds the oldest reports to drop when too many are kept.
    version: 7,
    stores: {
      [TABLES.statsReports]: 'key, loadedAt',
    },
  },
  {
    // The contact list's own indexes (src/platform/db/contact-listing.ts): `listedAt`, occurredAt on live rows
    // only, alone and after the sync state (the list's filter), so counting a period's live contacts is a
    // native count instead of a walk over every row. The upgrade sets it on the rows already there; from then
    // on the database sets it on every write.
    version: 8,
    stores: {
      [TABLES.contacts]:
        'id, occurredAt, updatedAt, syncState, [syncState+updatedAt], pendingSince, listedAt, [syncState+listedAt]',
    },
    upgrade: async (tx) => {
      await tx
        .table(TABLES.contacts)
        .toCollection()
        .modify((row: { deleted: boolean; occurredAt: string; listedAt?: string }, ref) => {
          ref.value = withListedAt(row);
        });
    },
  },
  {
    // The list's key gains the row's createdAt after its occurredAt (src/platform/db/contact-listing.ts), so
    // contacts of the same minute are listed newest recorded first rather than in the order of their random
    // ids. Same indexes; the upgrade rewrites the key of the rows already there.
    version: 9,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table(TABLES.contacts)
        .toCollection()
        .modify((row: { deleted: boolean; occurredAt: string; createdAt?: string; listedAt?: string }, ref) => {
          ref.value = withListedAt(row);
        });
    },
  },
];
