import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/shared/protocol/protocol';
import {
  SyncResponseSchema,
  type Contact,
  type ContactBody,
  type SyncResponse,
} from '../../src/shared/protocol/protocol';
import type { TeamStore } from '../../server/auth/team-store';
import type { Db } from '../../server/db';
import type { RateLimitOptions } from '../../server/http/rate-limit';
import { startTestServer, type TestServer } from './helpers';

/** Limits high enough that only the rate-limit tests ever meet them. */
export const NO_LIMITS: RateLimitOptions = { requestsPerMinute: 1e9, authFailures: 1e9, authFailureWindowMs: 60_000 };

/** Quotas only the quota tests ever meet. */
export const NO_QUOTAS = { contactsPerDayPerToken: 1e9, contactsPerDayPerTeam: 1e9, bytesPerTeam: 2 ** 50 };

export interface TeamTokens {
  teamId: number;
  worker: string;
  coordinator: string;
}

export interface SyncTestServer extends TestServer {
  teams: TeamStore;
  a: TeamTokens;
  b: TeamTokens;
}

export async function addTeamWithTokens(teams: TeamStore, name: string): Promise<TeamTokens> {
  const team = await teams.addTeam(name);
  const token = async (role: Role) => (await teams.addToken(name, role, `${role} of ${name}`)).token;
  return { teamId: team.id, worker: await token('worker'), coordinator: await token('coordinator') };
}

/** A real server with two teams (A and B), each with a worker and a coordinator token. */
export async function startSyncServer(options: Parameters<typeof startTestServer>[0] = {}): Promise<SyncTestServer> {
  const server = await startTestServer({
    ...options,
    rateLimit: { ...NO_LIMITS, ...options.rateLimit },
    quotas: { ...NO_QUOTAS, ...options.quotas },
  });
  const { teams } = server.stores;
  return {
    ...server,
    teams,
    a: await addTeamWithTokens(teams, 'Team A'),
    b: await addTeamWithTokens(teams, 'Team B'),
  };
}

export function body(overrides: Partial<ContactBody> = {}): ContactBody {
  return {
    schemaVersion: 1,
    occurredAt: '2025-03-14T21:05:00+01:00',
    ageBands: ['13-15'],
    topics: ['minor-lack-of-prospects'],
    signals: ['school-dropout'],
    schemes: ['mission-locale'],
    ...overrides,
  };
}

/** A valid live contact at revision 1 with a fresh id. */
export function contact(overrides: Partial<Extract<Contact, { deleted: false }>> = {}): Contact {
  return {
    id: randomUUID(),
    revision: 1,
    updatedAt: '2025-03-14T21:06:00.000Z',
    deleted: false,
    body: body(),
    ...overrides,
  };
}

/** The same contact as a tombstone at `revision`. */
export function tombstone(of: Contact, revision = of.revision + 1): Contact {
  return { id: of.id, revision, updatedAt: '2025-03-15T08:00:00.000Z', deleted: true, body: null };
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  json: T;
}

export async function api<T = unknown>(
  server: Pick<TestServer, 'baseUrl'>,
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<ApiResponse<T>> {
  const { token, headers, ...rest } = init;
  const response = await fetch(`${server.baseUrl}${path}`, {
    ...rest,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string>) },
  });
  const text = await response.text();
  let json: unknown = text;
  if (text !== '' && response.headers.get('content-type')?.startsWith('application/json')) json = JSON.parse(text);
  return { status: response.status, headers: response.headers, json: json as T };
}

/** POST /api/v1/sync; a 200 reply is checked against the protocol schema. */
export async function sync(
  server: Pick<TestServer, 'baseUrl'>,
  token: string,
  contacts: unknown[],
): Promise<ApiResponse<SyncResponse>> {
  const response = await api<SyncResponse>(server, '/api/v1/sync', {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ contacts }),
  });
  if (response.status === 200) SyncResponseSchema.parse(response.json);
  return response;
}

/** What changes when any contact row is written: row count and the database-wide change counter. */
export function snapshot(db: Db): { rows: number; maxSeq: number } {
  const row = db.prepare('SELECT COUNT(*) AS rows, COALESCE(MAX(seq), 0) AS maxSeq FROM contacts').get() as {
    rows: number;
    maxSeq: number;
  };
  return row;
}

export function statuses(response: ApiResponse<SyncResponse>): string[] {
  return response.json.results.map((result) => result.status);
}
