/**
 * "Publish to the team" ([S74], [S88]): the coordinator sends the whole list (the team's entries and this
 * device's own) with the version it was edited from. On 200 the answer becomes the team copy and the sent
 * device entries become team entries; a 409 or 422 changes nothing on the device.
 */
import { sealMode } from '../db/contact-crypto';
import { getDb } from '../db/db';
import { DirectorySchema, type DirectoryEntry } from '../directory/schema';
import { classifyFetchError, classifyResponse, failure, type SyncFailure } from './classify-failure';
import { directoryEndpoint, getDirectoryMeta, storeTeamDirectory } from './directory-sync';
import { getVaultSession } from '../security';
import { ErrorBodySchema } from './protocol';
import { browserHttpDeps, type HttpDeps } from './sync-http';
import { getTeamInfo, getTeamSettings } from './sync-meta';

export type PublishOutcome =
  | { result: 'published'; version: number; count: number }
  | { result: 'not-coordinator' }
  | { result: 'locked' }
  | { result: 'conflict' }
  | { result: 'invalid'; message: string }
  | { result: 'failed'; failure: SyncFailure };

const toEntry = ({ source: _source, ...entry }: DirectoryEntry & { source: string }): DirectoryEntry => entry;

export async function publishDirectory(deps: HttpDeps = browserHttpDeps()): Promise<PublishOutcome> {
  if ((await getTeamInfo())?.role !== 'coordinator') return { result: 'not-coordinator' };
  // [S93] The token is sealed once a passcode exists: publishing needs the code.
  if (!getVaultSession().unlocked && (await sealMode()) === 'sealed') return { result: 'locked' };
  const settings = await getTeamSettings();
  if (settings?.role !== 'coordinator') return { result: 'not-coordinator' };
  if (!deps.online()) return { result: 'failed', failure: failure('offline') };
  const rows = await getDb().directoryEntries.toArray();
  // Team entries first, in the team's order of schemes and names, then the device's additions.
  const entries = rows
    .sort((a, b) => a.schemeId.localeCompare(b.schemeId) || a.name.localeCompare(b.name))
    .map(toEntry);
  const sentDeviceIds = rows.filter((row) => row.source === 'device').map((row) => row.id);
  const meta = await getDirectoryMeta();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deps.timeoutMs);
  try {
    const response = await deps.fetch(directoryEndpoint(settings.serverUrl), {
      method: 'PUT',
      headers: { authorization: `Bearer ${settings.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ baseVersion: meta?.version ?? 0, entries }),
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
    });
    const text = await response.text();
    if (response.status === 409) return { result: 'conflict' };
    if (response.status === 422) {
      let message = '';
      try {
        const body = ErrorBodySchema.safeParse(JSON.parse(text));
        if (body.success) message = body.data.message;
      } catch {
        // Not the server's JSON: the status alone is shown.
      }
      return { result: 'invalid', message };
    }
    if (!response.ok) {
      return { result: 'failed', failure: classifyResponse(response.status, response.headers, text, deps.now()) };
    }
    let parsed;
    try {
      parsed = DirectorySchema.safeParse(JSON.parse(text));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success) {
      return { result: 'failed', failure: failure('bad-response', { detail: 'directory does not match [S73]' }) };
    }
    await storeTeamDirectory(parsed.data, {
      etag: response.headers.get('etag') ?? undefined,
      membership: settings,
      fetchedAt: new Date(deps.now()).toISOString(),
      published: sentDeviceIds,
    });
    return { result: 'published', version: parsed.data.version, count: parsed.data.entries.length };
  } catch (error) {
    return { result: 'failed', failure: classifyFetchError(error, { timedOut, online: deps.online() }) };
  } finally {
    clearTimeout(timer);
  }
}
