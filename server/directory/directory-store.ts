import type { Directory, DirectoryEntry } from '../../src/shared/directory/schema';
import { stableStringify } from '../../src/shared/protocol/canonical-json';
import { contentHash } from '../contacts/content-hash';

/**
 * Where the server keeps each team's local directory ([S73]–[S74] in docs/SPEC.md): the one module that sees
 * directory entries at rest. Every publication that changes the content is a new version (1, 2, 3… per team);
 * the last {@link DIRECTORY_VERSIONS_KEPT} are kept, so a wrong publication can be looked up and put back.
 *
 * Three implementations obey the same contract (tests/server/store-contract/directory.ts): SqliteDirectoryStore,
 * PgDirectoryStore (server/postgres/) and MemoryDirectoryStore (the reference model).
 */
export interface DirectoryStore {
  /** [S73] The team's current directory; version 0 with no entries when it never published one. */
  get(teamId: number): Promise<StoredDirectory>;

  /**
   * [S74] Publishes `entries` (already validated) as the team's directory, atomically:
   * - same content as the current version → `unchanged`, nothing written (whatever `baseVersion` says: a
   *   resent publication after a lost reply is harmless);
   * - `baseVersion` given and not the current version → `conflict`, nothing written;
   * - otherwise → `published` as version current + 1, stamped `updatedAt` = now.
   */
  publish(teamId: number, entries: readonly DirectoryEntry[], options?: PublishOptions): Promise<PublishOutcome>;

  /** The kept versions of the team, newest first (without their entries). */
  versions(teamId: number): Promise<DirectoryVersionInfo[]>;
}

export interface PublishOptions {
  /** The version the coordinator edited; omitted = publish over whatever is current. */
  baseVersion?: number | undefined;
  /** Token that published it (kept for the record, never returned by the API). */
  tokenId?: number | undefined;
}

export interface StoredDirectory {
  directory: Directory;
  /** SHA-256 of the canonical JSON of the entries ([S8]'s canonical form). */
  contentHash: string;
}

export interface PublishOutcome {
  status: 'published' | 'unchanged' | 'conflict';
  /** The team's directory after the call: the new version, or the one that stayed current. */
  current: StoredDirectory;
}

export interface DirectoryVersionInfo {
  version: number;
  updatedAt: string;
  entryCount: number;
}

/** Versions kept per team (the current one included); older ones are deleted by the publication that ages them out. */
export const DIRECTORY_VERSIONS_KEPT = 10;

export function entriesHash(entries: readonly DirectoryEntry[]): string {
  return contentHash(stableStringify(entries));
}

/** A team that never published: version 0, no entries. */
export function emptyStoredDirectory(): StoredDirectory {
  return { directory: { version: 0, updatedAt: null, entries: [] }, contentHash: entriesHash([]) };
}

/**
 * [S78] Strong ETag of a team's directory: version and content. The content part keeps two teams' "version 3"
 * apart on a device that left one team and joined another with the same browser cache.
 */
export function directoryEtag(stored: StoredDirectory): string {
  return `"${stored.directory.version}-${stored.contentHash.slice(0, 16)}"`;
}
