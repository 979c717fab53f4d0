import { randomUUID } from 'node:crypto';
import type { Directory, DirectoryEntry } from '../../src/shared/directory/schema';
import type { Db } from '../../server/db';
import { api, type ApiResponse } from './sync-helpers';
import type { TestServer } from './helpers';

/** A valid directory entry for a structure (never a person), with a fresh id. */
export function entry(overrides: Partial<DirectoryEntry> = {}): DirectoryEntry {
  return {
    id: randomUUID(),
    schemeId: 'mission-locale',
    name: 'Mission locale de Saint-Denis',
    address: '12 rue de la République\n93200 Saint-Denis',
    phone: '01 48 13 00 00',
    email: 'accueil@ml-saint-denis.fr',
    openingHours: 'Lun–ven 9 h–17 h',
    ...overrides,
  };
}

export async function putDirectory(
  server: Pick<TestServer, 'baseUrl'>,
  token: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResponse<Directory>> {
  return api<Directory>(server, '/api/v1/directory', {
    method: 'PUT',
    token,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function getDirectory(
  server: Pick<TestServer, 'baseUrl'>,
  token: string,
  headers: Record<string, string> = {},
): Promise<ApiResponse<Directory>> {
  return api<Directory>(server, '/api/v1/directory', { token, headers });
}

/** What changes when any directory version is written: row count and the sum of versions. */
export function directorySnapshot(db: Db): { rows: number; versions: number } {
  return db.prepare('SELECT COUNT(*) AS rows, COALESCE(SUM(version), 0) AS versions FROM directory_versions').get() as {
    rows: number;
    versions: number;
  };
}
