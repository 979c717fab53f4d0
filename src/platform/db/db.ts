/**
 * The one place that opens Dexie. Components never import this: features go through their `data/`
 * operations and hooks.
 */
import Dexie, { type Table } from 'dexie';
import type {
  ChecklistRunRow,
  ContactDraftRow,
  ContactRow,
  DirectoryEntryRow,
  FavouriteRow,
  StatsReportRow,
  SyncMetaRow,
} from './rows';
import { contactListingMiddleware } from './contact-listing';
import { SCHEMA_VERSIONS } from './schema-versions';

export const DB_NAME = 'limits-terrain';

export class LimitsDb extends Dexie {
  favourites!: Table<FavouriteRow, [string, string]>;
  checklistRuns!: Table<ChecklistRunRow, string>;
  contacts!: Table<ContactRow, string>;
  contactDrafts!: Table<ContactDraftRow, string>;
  syncMeta!: Table<SyncMetaRow, string>;
  directoryEntries!: Table<DirectoryEntryRow, string>;
  statsReports!: Table<StatsReportRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Before the versions: the upgrade to v8 writes through it too.
    this.use(contactListingMiddleware);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

let instance: LimitsDb | undefined;

/** The app's database, opened lazily on first use (keeps Dexie out of the first route's critical path). */
export function getDb(): LimitsDb {
  instance ??= new LimitsDb();
  return instance;
}

/** Tests swap in a fresh database. */
export function setDbForTests(db: LimitsDb | undefined): void {
  instance = db;
}
