import type { Role } from '../../src/shared/protocol/protocol';

export interface Team {
  id: number;
  name: string;
  createdAt: string;
  activeTokens: number;
}

export interface TokenInfo {
  id: number;
  team: string;
  role: Role;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Who a valid token speaks for. */
export interface Principal {
  tokenId: number;
  /** [S95] The device this token speaks for: its own id, or that of the token it replaced. Owns what it creates. */
  device: number;
  teamId: number;
  team: string;
  role: Role;
  label: string;
}

export type AuthResult = { ok: true; principal: Principal } | { ok: false; reason: 'unknown' | 'revoked' };

/**
 * Teams and their bearer tokens ([S6], [S7]): what request authentication and the admin CLI use. Async, so that
 * SQLite (server/auth/sqlite-team-store.ts), PostgreSQL (server/postgres/pg-team-store.ts) and the memory model
 * (server/auth/memory-team-store.ts) are interchangeable; one contract suite (tests/server/store-contract/) runs
 * against all three. Secrets are kept as SHA-256 only (./tokens.ts).
 */
export interface TeamStore {
  /** Creates a team; AdminError for an invalid or already used name (names compare case-insensitively). */
  addTeam(rawName: string): Promise<Team>;
  findTeam(name: string): Promise<Team | undefined>;
  /** Every team, by name, with its number of tokens not revoked. */
  listTeams(): Promise<Team[]>;
  /** Creates a token; the returned `token` is the only time the secret exists outside the client. */
  addToken(teamName: string, role: Role, rawLabel: string): Promise<{ id: number; token: string; team: Team }>;
  /** Tokens (never their secrets), by id; AdminError when `teamName` is given and unknown. */
  listTokens(teamName?: string): Promise<TokenInfo[]>;
  /** Revokes a token at once: its next request gets 401. Unknown or already revoked: AdminError. */
  revokeToken(id: number): Promise<TokenInfo>;
  /** Checks a presented bearer token (hash lookup, constant-time comparison) and records its use. */
  authenticate(token: string): Promise<AuthResult>;
}

/** A mistake the admin can fix (unknown team, duplicate name…): the CLI prints it without a stack. */
export class AdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminError';
  }
}

// Letters (any script), digits, space and . _ ' -; starts with a letter or digit.
const TEAM_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._'-]{0,59}$/u;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** last_used_at is written at most this often per token: a write per request would cost a disk flush each. */
export const TOUCH_INTERVAL_MS = 60_000;

/** A team name, trimmed, or AdminError. Every store checks names with this, so they accept the same ones. */
export function checkTeamName(rawName: string): string {
  const name = rawName.trim();
  if (!TEAM_NAME.test(name)) {
    throw new AdminError(
      `Invalid team name ${JSON.stringify(rawName)}: 1–60 letters, digits, spaces or . _ ' -, starting with a letter or digit`,
    );
  }
  return name;
}

/** A device label, trimmed: 1–100 printable characters. */
export function checkLabel(rawLabel: string): string {
  const label = rawLabel.trim();
  if (label === '' || label.length > 100 || CONTROL_CHARS.test(label)) {
    throw new AdminError('The label must be 1–100 printable characters (e.g. "Phone of Sam")');
  }
  return label;
}

export const duplicateTeam = (name: string) => new AdminError(`A team named "${name}" already exists`);
export const unknownTeam = (name: string) => new AdminError(`No team named "${name}" (see \`team list\`)`);
export const unknownToken = (id: number) => new AdminError(`No token with id ${id} (see \`token list\`)`);
export const alreadyRevoked = (token: TokenInfo) =>
  new AdminError(`Token ${token.id} was already revoked on ${token.revokedAt ?? '?'}`);

/** Whether a token's last use is old enough to be written again ({@link TOUCH_INTERVAL_MS}). */
export function dueForTouch(lastUsedAt: string | null, now: Date): boolean {
  return now.getTime() - (lastUsedAt === null ? 0 : Date.parse(lastUsedAt)) >= TOUCH_INTERVAL_MS;
}
