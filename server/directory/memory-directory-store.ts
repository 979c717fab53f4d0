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
} from './directory-store';

/**
 * The reference model of the directory storage contract: a list of versions per team, no cleverness. Used by
 * the contract suite to pin down what the SQLite and PostgreSQL stores must do.
 */
export class MemoryDirectoryStore implements DirectoryStore {
  /** Per team, the kept versions, oldest first. */
  private readonly teams = new Map<number, StoredDirectory[]>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  private current(teamId: number): StoredDirectory {
    return this.teams.get(teamId)?.at(-1) ?? emptyStoredDirectory();
  }

  async get(teamId: number): Promise<StoredDirectory> {
    return structuredClone(this.current(teamId));
  }

  async publish(
    teamId: number,
    entries: readonly DirectoryEntry[],
    options: PublishOptions = {},
  ): Promise<PublishOutcome> {
    const current = this.current(teamId);
    const hash = entriesHash(entries);
    if (hash === current.contentHash) return { status: 'unchanged', current: structuredClone(current) };
    if (options.baseVersion !== undefined && options.baseVersion !== current.directory.version) {
      return { status: 'conflict', current: structuredClone(current) };
    }
    const next: StoredDirectory = {
      directory: {
        version: current.directory.version + 1,
        updatedAt: this.now().toISOString(),
        entries: structuredClone([...entries]),
      },
      contentHash: hash,
    };
    const versions = [...(this.teams.get(teamId) ?? []), next].slice(-DIRECTORY_VERSIONS_KEPT);
    this.teams.set(teamId, versions);
    return { status: 'published', current: structuredClone(next) };
  }

  async versions(teamId: number): Promise<DirectoryVersionInfo[]> {
    return (this.teams.get(teamId) ?? [])
      .map(({ directory }) => ({
        version: directory.version,
        updatedAt: directory.updatedAt ?? '',
        entryCount: directory.entries.length,
      }))
      .reverse();
  }
}
