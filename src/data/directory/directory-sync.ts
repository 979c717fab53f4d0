/**
 * The device's copy of the team directory ([S78], [S87]–[S89] in docs/SPEC.md): polled with the stored ETag on
 * every sync, replaced only on a 200 that matches [S73]'s schema, kept as it is on 304, 401/403 or a network
 * problem. Team rows are replaced in one transaction; the device's own entries are never touched by a sync.
 */
import { setDeviceFlag } from '../../platform/device-flags/device-flags';
import { getDb } from '../../platform/db/db';
import { TABLES } from '../../platform/db/tables';
import type { DirectoryEntryRow } from '../../platform/db/rows';
import { DIRECTORY_PATH, DirectorySchema, type Directory } from '../../shared/directory/schema';
import { failure, type SyncFailure } from '../team/classify-failure';
import { requestServer } from '../team/server-request';
import type { HttpDeps } from '../team/sync-http';
import { getTeamInfo, sameMembership, type TeamInfo, type TeamSettings } from '../team/sync-meta';

import { directoryMeta, getDirectoryMeta, type DirectoryMeta } from './directory-settings';

export const directoryEndpoint = (serverUrl: string) => `${serverUrl.replace(/\/+$/, '')}${DIRECTORY_PATH}`;

/**
 * Replaces the team's entries with `directory` and records its meta, only while `membership` is still the
 * joined one (an answer arriving after the user left must not bring the team's list back). A device entry with the
 * id of a team entry (a re-imported export) stays the device's. `published` ids are device entries that this
 * publication made the team's: they become team entries.
 */
export async function storeTeamDirectory(
  directory: Directory,
  meta: { etag?: string; membership: TeamInfo; fetchedAt: string; published?: readonly string[] },
): Promise<boolean> {
  const db = getDb();
  return db.transaction('rw', db.directoryEntries, TABLES.syncMeta, async () => {
    if (!sameMembership(await getTeamInfo(), meta.membership)) return false;
    if (meta.published) await db.directoryEntries.bulkDelete([...meta.published]);
    await db.directoryEntries.where('source').equals('team').delete();
    const deviceIds = new Set((await db.directoryEntries.toCollection().primaryKeys()) as string[]);
    const rows: DirectoryEntryRow[] = directory.entries
      .filter((entry) => !deviceIds.has(entry.id))
      .map((entry) => ({ ...entry, source: 'team' }));
    await db.directoryEntries.bulkPut(rows);
    // Scheme pages and the finder read the directory from now on (src/platform/device-flags/device-flags.ts).
    setDeviceFlag('directory', true);
    const value: DirectoryMeta = {
      version: directory.version,
      etag: meta.etag,
      updatedAt: directory.updatedAt,
      fetchedAt: meta.fetchedAt,
    };
    await directoryMeta.put(value);
    return true;
  });
}

/** Leaving (or joining another team): the team's entries and meta go; the device's own entries stay ([S89]). */
export async function clearTeamDirectory(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.directoryEntries, TABLES.syncMeta, async () => {
    await db.directoryEntries.where('source').equals('team').delete();
    await directoryMeta.remove();
  });
}

export type DirectoryPull = { ok: true; changed: boolean } | { ok: false; failure: SyncFailure };

/**
 * GET /api/v1/directory with If-None-Match ([S78]). `force` skips the ETag (the coordinator reloads the team's
 * version after a conflict). 404: a server older than the directory; nothing to fetch, nothing wrong.
 */
export async function pullTeamDirectory(
  deps: HttpDeps,
  settings: TeamSettings,
  options: { force?: boolean } = {},
): Promise<DirectoryPull> {
  const meta = options.force ? undefined : await getDirectoryMeta();
  const headers: Record<string, string> = { authorization: `Bearer ${settings.token}` };
  if (meta?.etag) headers['if-none-match'] = meta.etag;
  // The ETag does the caching: the helper never lets the HTTP cache answer for the server.
  const answer = await requestServer(
    deps,
    directoryEndpoint(settings.serverUrl),
    { method: 'GET', headers },
    { pass: [304, 404] },
  );
  if (!answer.ok) return answer;
  const { status, headers: replyHeaders, text } = answer.reply;
  if (status === 304 || status === 404) return { ok: true, changed: false };
  const parsed = parseDirectory(text);
  if (!parsed) return { ok: false, failure: failure('bad-response', { detail: 'directory does not match [S73]' }) };
  const etag = replyHeaders.get('etag') ?? undefined;
  const fetchedAt = new Date(deps.now()).toISOString();
  await storeTeamDirectory(parsed, { etag, membership: settings, fetchedAt });
  return { ok: true, changed: true };
}

/** A server's directory ([S73]), or undefined for anything else (not JSON, not the schema). */
export function parseDirectory(text: string): Directory | undefined {
  try {
    const parsed = DirectorySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
