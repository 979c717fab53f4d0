import type { Role } from '../../src/shared/protocol/protocol';
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
} from '../auth/team-store';
import { generateToken, hashToken, sameHash, TOKEN_PATTERN } from '../auth/tokens';
import { isUniqueViolation, type PgClient, type PgPool } from './pg-pool';

const TEAM_COLUMNS = `t.id, t.name, t.created_at AS "createdAt",
  (SELECT COUNT(*)::int FROM tokens k WHERE k.team_id = t.id AND k.revoked_at IS NULL) AS "activeTokens"`;

const TOKEN_COLUMNS = `k.id, t.name AS team, k.role, k.label, k.created_at AS "createdAt", k.last_used_at AS "lastUsedAt",
  k.revoked_at AS "revokedAt"`;

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

/** {@link TeamStore} on PostgreSQL (tables `teams`, `tokens`); team names are unique by `lower(name)`. */
export class PgTeamStore implements TeamStore {
  constructor(
    private readonly pool: PgPool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async addTeam(rawName: string): Promise<Team> {
    const name = checkTeamName(rawName);
    const createdAt = this.now().toISOString();
    try {
      const { rows } = await this.pool.query<{ id: number }>(
        'INSERT INTO teams (name, created_at) VALUES ($1, $2) RETURNING id',
        [name, createdAt],
      );
      return { id: rows[0]?.id ?? 0, name, createdAt, activeTokens: 0 };
    } catch (error) {
      // The unique index decides, so two admins (or instances) adding the same name at once get one team.
      if (isUniqueViolation(error)) throw duplicateTeam(name);
      throw error;
    }
  }

  async findTeam(name: string): Promise<Team | undefined> {
    const { rows } = await this.pool.query<Team>(
      `SELECT ${TEAM_COLUMNS} FROM teams t WHERE lower(t.name) = lower($1)`,
      [name.trim()],
    );
    return rows[0];
  }

  async listTeams(): Promise<Team[]> {
    return (await this.pool.query<Team>(`SELECT ${TEAM_COLUMNS} FROM teams t ORDER BY lower(t.name), t.id`)).rows;
  }

  async addToken(teamName: string, role: Role, rawLabel: string): Promise<{ id: number; token: string; team: Team }> {
    const team = await this.findTeam(teamName);
    if (!team) throw unknownTeam(teamName);
    return { ...(await this.addTokenToTeam(this.pool, team.id, role, checkLabel(rawLabel))), team };
  }

  /** Inserts a token for a known team id; `db` is a client inside a transaction when an invite is exchanged. */
  async addTokenToTeam(
    db: PgPool | PgClient,
    teamId: number,
    role: Role,
    label: string,
    device: number | null = null,
  ): Promise<{ id: number; token: string }> {
    const token = generateToken();
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO tokens (team_id, role, label, token_hash, created_at, device) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id`,
      [teamId, role, label, hashToken(token), this.now().toISOString(), device],
    );
    return { id: rows[0]?.id ?? 0, token };
  }

  async listTokens(teamName?: string): Promise<TokenInfo[]> {
    let teamId: number | null = null;
    if (teamName !== undefined) {
      const team = await this.findTeam(teamName);
      if (!team) throw unknownTeam(teamName);
      teamId = team.id;
    }
    const { rows } = await this.pool.query<TokenInfo>(
      `SELECT ${TOKEN_COLUMNS} FROM tokens k JOIN teams t ON t.id = k.team_id
       WHERE $1::int IS NULL OR k.team_id = $1 ORDER BY k.id`,
      [teamId],
    );
    return rows;
  }

  async revokeToken(id: number): Promise<TokenInfo> {
    const revokedAt = this.now().toISOString();
    // One statement: of two concurrent revocations, one revokes and the other finds it done.
    const { rows } = await this.pool.query<TokenInfo>(
      `UPDATE tokens k SET revoked_at = $2 FROM teams t
       WHERE k.id = $1 AND t.id = k.team_id AND k.revoked_at IS NULL RETURNING ${TOKEN_COLUMNS}`,
      [id, revokedAt],
    );
    if (rows[0]) return rows[0];
    const token = (
      await this.pool.query<TokenInfo>(
        `SELECT ${TOKEN_COLUMNS} FROM tokens k JOIN teams t ON t.id = k.team_id WHERE k.id = $1`,
        [id],
      )
    ).rows[0];
    throw token ? alreadyRevoked(token) : unknownToken(id);
  }

  async authenticate(token: string): Promise<AuthResult> {
    if (!TOKEN_PATTERN.test(token)) return { ok: false, reason: 'unknown' };
    const hash = hashToken(token);
    const { rows } = await this.pool.query<TokenRow>(
      `SELECT k.id, k.team_id, t.name AS team, k.role, k.label, k.token_hash, k.revoked_at, k.last_used_at, k.device
       FROM tokens k JOIN teams t ON t.id = k.team_id WHERE k.token_hash = $1`,
      [hash],
    );
    const row = rows[0];
    if (!row || !sameHash(row.token_hash, hash)) return { ok: false, reason: 'unknown' };
    if (row.revoked_at !== null) return { ok: false, reason: 'revoked' };
    const now = this.now();
    if (dueForTouch(row.last_used_at, now)) {
      await this.pool.query('UPDATE tokens SET last_used_at = $2 WHERE id = $1', [row.id, now.toISOString()]);
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
