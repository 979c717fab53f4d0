import type { Statement, Transaction } from 'better-sqlite3';
import type { DirectoryEntry } from '../../src/shared/directory/schema';
import type { Db } from '../db';
import {
  DIRECTORY_VERSIONS_KEPT,
  emptyStoredDirectory,
  entriesHash,
  type DirectoryStore,
  type DirectoryVersionInfo,
  type PublishOptions,
  type PublishOutcome,
  type StoredDirectory,
} from './directory-store';

interface VersionRow {
  version: number;
  updated_at: string;
  entries_json: string;
  content_hash: string;
}

function toStored(row: VersionRow | undefined): StoredDirectory {
  if (row === undefined) return emptyStoredDirectory();
  return {
    directory: {
      version: row.version,
      updatedAt: row.updated_at,
      entries: JSON.parse(row.entries_json) as DirectoryEntry[],
    },
    contentHash: row.content_hash,
  };
}

/** The production {@link DirectoryStore}: table `directory_versions` of the server's database (migration 3). */
export class SqliteDirectoryStore implements DirectoryStore {
  private readonly latest: Statement<[number], VersionRow>;
  private readonly insert: Statement;
  private readonly prune: Statement<[number, number]>;
  private readonly list: Statement<[number], { version: number; updated_at: string; entry_count: number }>;
  private readonly write: Transaction<
    (teamId: number, entries: readonly DirectoryEntry[], options: PublishOptions) => PublishOutcome
  >;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.latest = db.prepare(
      `SELECT version, updated_at, entries_json, content_hash FROM directory_versions
       WHERE team_id = ? ORDER BY version DESC LIMIT 1`,
    );
    this.insert = db.prepare(
      `INSERT INTO directory_versions (team_id, version, updated_at, entries_json, content_hash, entry_count, published_by)
       VALUES (@teamId, @version, @updatedAt, @entriesJson, @hash, @entryCount, @tokenId)`,
    );
    this.prune = db.prepare('DELETE FROM directory_versions WHERE team_id = ? AND version <= ?');
    this.list = db.prepare(
      'SELECT version, updated_at, entry_count FROM directory_versions WHERE team_id = ? ORDER BY version DESC',
    );
    this.write = db.transaction((teamId, entries, options) => this.writeVersion(teamId, entries, options));
  }

  async get(teamId: number): Promise<StoredDirectory> {
    return toStored(this.latest.get(teamId));
  }

  async publish(
    teamId: number,
    entries: readonly DirectoryEntry[],
    options: PublishOptions = {},
  ): Promise<PublishOutcome> {
    // BEGIN IMMEDIATE: the version check and the insert cannot interleave with another process's publication.
    return this.write.immediate(teamId, entries, options);
  }

  private writeVersion(teamId: number, entries: readonly DirectoryEntry[], options: PublishOptions): PublishOutcome {
    const current = toStored(this.latest.get(teamId));
    const hash = entriesHash(entries);
    if (hash === current.contentHash) return { status: 'unchanged', current };
    if (options.baseVersion !== undefined && options.baseVersion !== current.directory.version) {
      return { status: 'conflict', current };
    }
    const version = current.directory.version + 1;
    const updatedAt = this.now().toISOString();
    this.insert.run({
      teamId,
      version,
      updatedAt,
      entriesJson: JSON.stringify(entries),
      hash,
      entryCount: entries.length,
      tokenId: options.tokenId ?? null,
    });
    this.prune.run(teamId, version - DIRECTORY_VERSIONS_KEPT);
    return {
      status: 'published',
      current: { directory: { version, updatedAt, entries: structuredClone([...entries]) }, contentHash: hash },
    };
  }

  async versions(teamId: number): Promise<DirectoryVersionInfo[]> {
    return this.list
      .all(teamId)
      .map((row) => ({ version: row.version, updatedAt: row.updated_at, entryCount: row.entry_count }));
  }
}
