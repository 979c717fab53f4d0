/**
 * "Publish to the team" ([S74], [S88]): the coordinator sends the whole list (the team's entries and this
 * device's own) with the version it was edited from. On 200 the answer becomes the team copy and the sent
 * device entries become team entries; a 409 or 422 changes nothing on the device.
 */
import { sealMode } from '../device-lock/key-record';
import { getDb } from '../../platform/db/db';
import type { DirectoryEntry } from '../../shared/directory/schema';
import { failure, type SyncFailure } from '../team/classify-failure';
import { requestServer } from '../team/server-request';
import { getDirectoryMeta } from './directory-settings';
import { directoryEndpoint, parseDirectory, storeTeamDirectory } from './directory-sync';
import { getVaultSession } from '../../platform/vault';
import { ErrorBodySchema } from '../../shared/protocol/protocol';
import { browserHttpDeps, type HttpDeps } from '../team/sync-http';
import { getTeamInfo, getTeamSettings } from '../team/sync-meta';

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
  const answer = await requestServer(
    deps,
    directoryEndpoint(settings.serverUrl),
    {
      method: 'PUT',
      headers: { authorization: `Bearer ${settings.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ baseVersion: meta?.version ?? 0, entries }),
    },
    { pass: [409, 422] },
  );
  if (!answer.ok) return { result: 'failed', failure: answer.failure };
  const { status, headers, text } = answer.reply;
  if (status === 409) return { result: 'conflict' };
  if (status === 422) return { result: 'invalid', message: serverMessage(text) };
  const directory = parseDirectory(text);
  if (!directory) {
    return { result: 'failed', failure: failure('bad-response', { detail: 'directory does not match [S73]' }) };
  }
  await storeTeamDirectory(directory, {
    etag: headers.get('etag') ?? undefined,
    membership: settings,
    fetchedAt: new Date(deps.now()).toISOString(),
    published: sentDeviceIds,
  });
  return { result: 'published', version: directory.version, count: directory.entries.length };
}

/** The message of the server's JSON error ([S50]); empty when the body is not it (the status alone is shown). */
function serverMessage(text: string): string {
  try {
    const body = ErrorBodySchema.safeParse(JSON.parse(text));
    return body.success ? body.data.message : '';
  } catch {
    return '';
  }
}
