import type { Statement } from 'better-sqlite3';
import type { Role } from '../../src/sync/protocol';
import type { Db } from '../db';
import { generateToken, hashToken, sameHash, TOKEN_PATTERN } from './tokens';

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
const TOUCH_INTERVAL_MS = 60_000;

interface TokenRow {
  id: number;
  team_id: number;
  team: string;
  role: Role;
  label: string;
  token_hash: Buffer;
  revoked_at: string | null;
  last_used_at: string | null;
  device: number | null;
}

/** Teams and tokens (tables `teams`, `tokens`): used by the admin CLI and by request authentication. */
export class TeamStore {
  private byHash: Statement<[Buffer], TokenRow> | undefined;

  constructor(
    readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  addTeam(rawName: string): Team {
    const name = rawName.trim();
    if (!TEAM_NAME.test(name)) {
      throw new AdminError(
        `Invalid team name ${JSON.stringify(rawName)}: 1–60 letters, digits, spaces or . _ ' -, starting with a letter or digit`,
      );
    }
    if (this.findTeam(name)) throw new AdminError(`A team named "${name}" already exists`);
    const createdAt = this.now().toISOString();
    const info = this.db.prepare('INSERT INTO teams (name, created_at) VALUES (?, ?)').run(name, createdAt);
    return { id: Number(info.lastInsertRowid), name, createdAt, activeTokens: 0 };
  }

  findTeam(name: string): Team | undefined {
    return this.listTeams().find((team) => team.name.toLowerCase() === name.trim().toLowerCase());
  }

  listTeams(): Team[] {
    return this.db
      .prepare(
        `SELECT t.id, t.name, t.created_at AS createdAt,
           (SELECT COUNT(*) FROM tokens k WHERE k.team_id = t.id AND k.revoked_at IS NULL) AS activeTokens
         FROM teams t ORDER BY t.name`,
      )
      .all() as Team[];
  }

  /** Creates a token; the returned `token` is the only time the secret exists outside the client. */
  addToken(teamName: string, role: Role, rawLabel: string): { id: number; token: string; team: Team } {
    const team = this.findTeam(teamName);
    if (!team) throw new AdminError(`No team named "${teamName}" (see \`team list\`)`);
    return { ...this.addTokenToTeam(team.id, role, TeamStore.checkLabel(rawLabel)), team };
  }

  /** A device label, trimmed: 1–100 printable characters. */
  static checkLabel(rawLabel: string): string {
    const label = rawLabel.trim();
    if (label === '' || label.length > 100 || CONTROL_CHARS.test(label)) {
      throw new AdminError('The label must be 1–100 printable characters (e.g. "Phone of Sam")');
    }
    return label;
  }

  /** Inserts a token for a known team id (also used when an invite is exchanged, [S94]). */
  addTokenToTeam(
    teamId: number,
    role: Role,
    label: string,
    device: number | null = null,
  ): { id: number; token: string } {
    const token = generateToken();
    const info = this.db
      .prepare('INSERT INTO tokens (team_id, role, label, token_hash, created_at, device) VALUES (?, ?, ?, ?, ?, ?)')
      .run(teamId, role, label, hashToken(token), this.now().toISOString(), device);
    return { id: Number(info.lastInsertRowid), token };
  }

  listTokens(teamName?: string): TokenInfo[] {
    let teamId: number | null = null;
    if (teamName !== undefined) {
      const team = this.findTeam(teamName);
      if (!team) throw new AdminError(`No team named "${teamName}" (see \`team list\`)`);
      teamId = team.id;
    }
    return this.db
      .prepare(
        `SELECT k.id, t.name AS team, k.role, k.label, k.created_at AS createdAt, k.last_used_at AS lastUsedAt,
           k.revoked_at AS revokedAt
         FROM tokens k JOIN teams t ON t.id = k.team_id
         WHERE @teamId IS NULL OR k.team_id = @teamId ORDER BY k.id`,
      )
      .all({ teamId }) as TokenInfo[];
  }

  /** Revokes a token at once: its next request gets 401. Revoking twice is an error (nothing to do). */
  revokeToken(id: number): TokenInfo {
    const token = this.listTokens().find((row) => row.id === id);
    if (!token) throw new AdminError(`No token with id ${id} (see \`token list\`)`);
    if (token.revokedAt !== null) throw new AdminError(`Token ${id} was already revoked on ${token.revokedAt}`);
    const revokedAt = this.now().toISOString();
    this.db.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ?').run(revokedAt, id);
    return { ...token, revokedAt };
  }

  /** Checks a presented bearer token: hash lookup, then a constant-time comparison of the hashes. */
  authenticate(token: string): AuthResult {
    if (!TOKEN_PATTERN.test(token)) return { ok: false, reason: 'unknown' };
    const hash = hashToken(token);
    this.byHash ??= this.db.prepare(
      `SELECT k.id, k.team_id, t.name AS team, k.role, k.label, k.token_hash, k.revoked_at, k.last_used_at, k.device
       FROM tokens k JOIN teams t ON t.id = k.team_id WHERE k.token_hash = ?`,
    );
    const row = this.byHash.get(hash);
    if (!row || !sameHash(row.token_hash, hash)) return { ok: false, reason: 'unknown' };
    if (row.revoked_at !== null) return { ok: false, reason: 'revoked' };
    this.touch(row);
    return {
      ok: true,
      principal: {
        tokenId: row.id,
        device: row.device ?? row.id,
        teamId: row.team_id,
        team: row.team,
        role: row.role,
        label: row.label,
      },
    };
  }

  private touch(row: TokenRow): void {
    const now = this.now();
    const last = row.last_used_at === null ? 0 : Date.parse(row.last_used_at);
    if (now.getTime() - last < TOUCH_INTERVAL_MS) return;
    this.db.prepare('UPDATE tokens SET last_used_at = ? WHERE id = ?').run(now.toISOString(), row.id);
  }
}
