/**
 * The device's copy of the team directory ([S78], [S87]–[S89] in docs/SPEC.md): polled with the stored ETag on
 * every sync, replaced only on a 200 that matches [S73]'s schema, kept as it is on 304, 401/403 or a network
 * problem. Team rows are replaced in one transaction; the device's own entries are never touched by a sync.
 */
import { setDeviceFlag } from '../lib/device-flags';
import { z } from '../shared/zod';
import { getDb } from '../db/db';
import type { DirectoryEntryRow } from '../db/rows';
import { DIRECTORY_PATH, DirectorySchema, type Directory } from '../directory/schema';
import { classifyFetchError, classifyResponse, failure, type SyncFailure } from './classify-failure';
import type { HttpDeps } from './sync-http';
import { getTeamInfo, sameMembership, type TeamInfo, type TeamSettings } from './sync-meta';

/** syncMeta key of the directory's meta (the entries are in the `directoryEntries` table). */
export const DIRECTORY_META_KEY = 'directory';

const DirectoryMetaSchema = z.object({
  version: z.int().min(0),
  etag: z.string().optional(),
  updatedAt: z.string().nullable(),
  fetchedAt: z.string(),
});
export type DirectoryMeta = z.infer<typeof DirectoryMetaSchema>;

export async function getDirectoryMeta(): Promise<DirectoryMeta | undefined> {
  const row = await getDb().syncMeta.get(DIRECTORY_META_KEY);
  const parsed = DirectoryMetaSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

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
  return db.transaction('rw', db.directoryEntries, db.syncMeta, async () => {
    if (!sameMembership(await getTeamInfo(), meta.membership)) return false;
    if (meta.published) await db.directoryEntries.bulkDelete([...meta.published]);
    await db.directoryEntries.where('source').equals('team').delete();
    const deviceIds = new Set((await db.directoryEntries.toCollection().primaryKeys()) as string[]);
    const rows: DirectoryEntryRow[] = directory.entries
      .filter((entry) => !deviceIds.has(entry.id))
      .map((entry) => ({ ...entry, source: 'team' }));
    await db.directoryEntries.bulkPut(rows);
    // Scheme pages and the finder read the directory from now on (src/lib/device-flags.ts).
    setDeviceFlag('directory', true);
    const value: DirectoryMeta = {
      version: directory.version,
      etag: meta.etag,
      updatedAt: directory.updatedAt,
      fetchedAt: meta.fetchedAt,
    };
    await db.syncMeta.put({ key: DIRECTORY_META_KEY, value: DirectoryMetaSchema.parse(value) });
    return true;
  });
}

/** Leaving (or joining another team): the team's entries and meta go; the device's own entries stay ([S89]). */
export async function clearTeamDirectory(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.directoryEntries, db.syncMeta, async () => {
    await db.directoryEntries.where('source').equals('team').delete();
    await db.syncMeta.delete(DIRECTORY_META_KEY);
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
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deps.timeoutMs);
  try {
    const response = await deps.fetch(directoryEndpoint(settings.serverUrl), {
      method: 'GET',
      headers,
      signal: controller.signal,
      // The ETag does the caching: the HTTP cache must not answer for the server.
      cache: 'no-store',
      credentials: 'omit',
    });
    const text = await response.text();
    if (response.status === 304) return { ok: true, changed: false };
    if (response.status === 404) return { ok: true, changed: false };
    if (!response.ok) {
      return { ok: false, failure: classifyResponse(response.status, response.headers, text, deps.now()) };
    }
    let parsed;
    try {
      parsed = DirectorySchema.safeParse(JSON.parse(text));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success) {
      return { ok: false, failure: failure('bad-response', { detail: 'directory does not match [S73]' }) };
    }
    const etag = response.headers.get('etag') ?? undefined;
    const fetchedAt = new Date(deps.now()).toISOString();
    await storeTeamDirectory(parsed.data, { etag, membership: settings, fetchedAt });
    return { ok: true, changed: true };
  } catch (error) {
    return { ok: false, failure: classifyFetchError(error, { timedOut, online: deps.online() }) };
  } finally {
    clearTimeout(timer);
  }
}
