import type { Statement } from 'better-sqlite3';
import type { Role } from '../../src/shared/protocol/protocol';
import type { Db } from '../db';
import {
  alreadyRevoked,
  checkLabel,
  checkTeamName,
  dueForTouch,
  duplicateTeam,
  unknownTeam,
  unknownToken,
  type AuthResult,
  type Team,
  type TeamStore,
  type TokenInfo,
} from './team-store';
import { generateToken, hashToken, sameHash, TOKEN_PATTERN } from './tokens';

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

/**
 * {@link TeamStore} on the server's SQLite database (tables `teams`, `tokens`). better-sqlite3 is synchronous;
 * the methods are async only to share the contract with PostgreSQL. The `*Now` methods stay synchronous for
 * {@link SqliteInviteStore}, which must create a token inside its own transaction.
 */
export class SqliteTeamStore implements TeamStore {
  private byHash: Statement<[Buffer], TokenRow> | undefined;

  constructor(
    readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async addTeam(rawName: string): Promise<Team> {
    const name = checkTeamName(rawName);
    if (this.findTeamNow(name)) throw duplicateTeam(name);
    const createdAt = this.now().toISOString();
    const info = this.db.prepare('INSERT INTO teams (name, created_at) VALUES (?, ?)').run(name, createdAt);
    return { id: Number(info.lastInsertRowid), name, createdAt, activeTokens: 0 };
  }

  async findTeam(name: string): Promise<Team | undefined> {
    return this.findTeamNow(name);
  }

  findTeamNow(name: string): Team | undefined {
    return this.listTeamsNow().find((team) => team.name.toLowerCase() === name.trim().toLowerCase());
  }

  async listTeams(): Promise<Team[]> {
    return this.listTeamsNow();
  }

  private listTeamsNow(): Team[] {
    return this.db
      .prepare(
        `SELECT t.id, t.name, t.created_at AS createdAt,
           (SELECT COUNT(*) FROM tokens k WHERE k.team_id = t.id AND k.revoked_at IS NULL) AS activeTokens
         FROM teams t ORDER BY t.name`,
      )
      .all() as Team[];
  }

  async addToken(teamName: string, role: Role, rawLabel: string): Promise<{ id: number; token: string; team: Team }> {
    const team = this.findTeamNow(teamName);
    if (!team) throw unknownTeam(teamName);
    return { ...this.addTokenToTeam(team.id, role, checkLabel(rawLabel)), team };
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

  async listTokens(teamName?: string): Promise<TokenInfo[]> {
    let teamId: number | null = null;
    if (teamName !== undefined) {
      const team = this.findTeamNow(teamName);
      if (!team) throw unknownTeam(teamName);
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

  async revokeToken(id: number): Promise<TokenInfo> {
    const token = (await this.listTokens()).find((row) => row.id === id);
    if (!token) throw unknownToken(id);
    if (token.revokedAt !== null) throw alreadyRevoked(token);
    const revokedAt = this.now().toISOString();
    this.db.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ?').run(revokedAt, id);
    return { ...token, revokedAt };
  }

  async authenticate(token: string): Promise<AuthResult> {
    if (!TOKEN_PATTERN.test(token)) return { ok: false, reason: 'unknown' };
    const hash = hashToken(token);
    this.byHash ??= this.db.prepare(
      `SELECT k.id, k.team_id, t.name AS team, k.role, k.label, k.token_hash, k.revoked_at, k.last_used_at, k.device
       FROM tokens k JOIN teams t ON t.id = k.team_id WHERE k.token_hash = ?`,
    );
    const row = this.byHash.get(hash);
    if (!row || !sameHash(row.token_hash, hash)) return { ok: false, reason: 'unknown' };
    if (row.revoked_at !== null) return { ok: false, reason: 'revoked' };
    const now = this.now();
    if (dueForTouch(row.last_used_at, now)) {
      this.db.prepare('UPDATE tokens SET last_used_at = ? WHERE id = ?').run(now.toISOString(), row.id);
    }
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
}
