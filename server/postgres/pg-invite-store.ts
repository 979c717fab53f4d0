import { INVITE_PATTERN, type Role } from '../../src/shared/protocol/protocol';
import {
  checkMinutes,
  DEFAULT_INVITE_MINUTES,
  generateInvite,
  unknownReplacedToken,
  type InviteInfo,
  type InviteStore,
  type OpenInvite,
} from '../auth/invite-store';
import { checkLabel, unknownTeam, type Principal } from '../auth/team-store';
import { hashToken, sameHash } from '../auth/tokens';
import { inTransaction, type PgClient, type PgPool } from './pg-pool';
import type { PgTeamStore } from './pg-team-store';

interface InviteRow {
  id: number;
  team_id: number;
  team: string;
  role: Role;
  label: string;
  invite_hash: Buffer;
  expires_at: string;
  used_at: string | null;
  device: number | null;
}

/** {@link InviteStore} on PostgreSQL (table `invites`). */
export class PgInviteStore implements InviteStore {
  constructor(
    private readonly pool: PgPool,
    private readonly teams: PgTeamStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async addInvite(
    teamName: string,
    role: Role,
    rawLabel: string,
    minutes = DEFAULT_INVITE_MINUTES,
    replaces?: number,
  ): Promise<{ id: number; invite: string; team: string; expiresAt: string }> {
    const team = await this.teams.findTeam(teamName);
    if (!team) throw unknownTeam(teamName);
    const label = checkLabel(rawLabel);
    checkMinutes(minutes);
    let device: number | null = null;
    if (replaces !== undefined) {
      const old = (
        await this.pool.query<{ team_id: number; device: number | null }>(
          'SELECT team_id, device FROM tokens WHERE id = $1',
          [replaces],
        )
      ).rows[0];
      if (!old || old.team_id !== team.id) throw unknownReplacedToken(replaces, team.name);
      device = old.device ?? replaces;
    }
    const invite = generateInvite();
    const created = this.now();
    const expiresAt = new Date(created.getTime() + minutes * 60_000).toISOString();
    const { rows } = await this.pool.query<{ id: number }>(
      `INSERT INTO invites (team_id, role, label, invite_hash, created_at, expires_at, device)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [team.id, role, label, hashToken(invite), created.toISOString(), expiresAt, device],
    );
    return { id: rows[0]?.id ?? 0, invite, team: team.name, expiresAt };
  }

  /** The usable invite row; `forUpdate` locks it until the transaction ends (a racing redeemer waits). */
  private async usable(db: PgPool | PgClient, invite: string, forUpdate: boolean): Promise<InviteRow | undefined> {
    if (!INVITE_PATTERN.test(invite)) return undefined;
    const hash = hashToken(invite);
    const { rows } = await db.query<InviteRow>(
      `SELECT i.id, i.team_id, t.name AS team, i.role, i.label, i.invite_hash, i.expires_at, i.used_at, i.device
       FROM invites i JOIN teams t ON t.id = i.team_id WHERE i.invite_hash = $1 ${forUpdate ? 'FOR UPDATE OF i' : ''}`,
      [hash],
    );
    const row = rows[0];
    if (!row || !sameHash(row.invite_hash, hash)) return undefined;
    if (row.used_at !== null || Date.parse(row.expires_at) <= this.now().getTime()) return undefined;
    return row;
  }

  async check(invite: string): Promise<InviteInfo | undefined> {
    const row = await this.usable(this.pool, invite, false);
    return row && { team: row.team, role: row.role, label: row.label, expiresAt: row.expires_at };
  }

  /**
   * `SELECT … FOR UPDATE` on the invite: a second device (on any instance) waits for the first's commit, then
   * reads the row again (READ COMMITTED re-checks a locked row) and finds it used.
   */
  async redeem(invite: string): Promise<{ token: string; principal: Principal } | undefined> {
    return inTransaction(this.pool, async (client) => {
      const row = await this.usable(client, invite, true);
      if (!row) return undefined;
      const { id, token } = await this.teams.addTokenToTeam(client, row.team_id, row.role, row.label, row.device);
      await client.query('UPDATE invites SET used_at = $1, token_id = $2 WHERE id = $3', [
        this.now().toISOString(),
        id,
        row.id,
      ]);
      const principal: Principal = {
        tokenId: id,
        device: row.device ?? id,
        teamId: row.team_id,
        team: row.team,
        role: row.role,
        label: row.label,
      };
      return { token, principal };
    });
  }

  async listOpen(): Promise<OpenInvite[]> {
    const { rows } = await this.pool.query<OpenInvite>(
      `SELECT i.id, t.name AS team, i.role, i.label, i.expires_at AS "expiresAt"
       FROM invites i JOIN teams t ON t.id = i.team_id
       WHERE i.used_at IS NULL AND i.expires_at > $1 ORDER BY i.id`,
      [this.now().toISOString()],
    );
    return rows;
  }
}
