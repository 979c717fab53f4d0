import type { DirectoryEntry } from '../../src/shared/directory/schema';
import {
  DIRECTORY_VERSIONS_KEPT,
  emptyStoredDirectory,
  entriesHash,
  type DirectoryStore,
  type DirectoryVersionInfo,
  type PublishOptions,
  type PublishOutcome,
  type StoredDirectory,
} from '../directory/directory-store';
import { inTransaction, LOCKS, type PgClient, type PgPool } from './pg-pool';

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

const LATEST = `SELECT version, updated_at, entries_json, content_hash FROM directory_versions
  WHERE team_id = $1 ORDER BY version DESC LIMIT 1`;

/** {@link DirectoryStore} on PostgreSQL (table `directory_versions`). */
export class PgDirectoryStore implements DirectoryStore {
  constructor(
    private readonly pool: PgPool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(teamId: number): Promise<StoredDirectory> {
    return toStored((await this.pool.query<VersionRow>(LATEST, [teamId])).rows[0]);
  }

  /**
   * [S74] A transaction-scoped advisory lock per team: two coordinators publishing at once, through any instances,
   * take turns, so the version check and the insert of version n + 1 cannot interleave (the primary key would
   * refuse a second n + 1 anyway).
   */
  async publish(
    teamId: number,
    entries: readonly DirectoryEntry[],
    options: PublishOptions = {},
  ): Promise<PublishOutcome> {
    return inTransaction(this.pool, async (client: PgClient) => {
      await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCKS.directory, teamId]);
      const current = toStored((await client.query<VersionRow>(LATEST, [teamId])).rows[0]);
      const hash = entriesHash(entries);
      if (hash === current.contentHash) return { status: 'unchanged', current };
      if (options.baseVersion !== undefined && options.baseVersion !== current.directory.version) {
        return { status: 'conflict', current };
      }
      const version = current.directory.version + 1;
      const updatedAt = this.now().toISOString();
      await client.query(
        `INSERT INTO directory_versions (team_id, version, updated_at, entries_json, content_hash, entry_count, published_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [teamId, version, updatedAt, JSON.stringify(entries), hash, entries.length, options.tokenId ?? null],
      );
      await client.query('DELETE FROM directory_versions WHERE team_id = $1 AND version <= $2', [
        teamId,
        version - DIRECTORY_VERSIONS_KEPT,
      ]);
      return {
        status: 'published',
        current: { directory: { version, updatedAt, entries: structuredClone([...entries]) }, contentHash: hash },
      };
    });
  }

  async versions(teamId: number): Promise<DirectoryVersionInfo[]> {
    const { rows } = await this.pool.query<DirectoryVersionInfo>(
      `SELECT version, updated_at AS "updatedAt", entry_count AS "entryCount" FROM directory_versions
       WHERE team_id = $1 ORDER BY version DESC`,
      [teamId],
    );
    return rows;
  }
}
