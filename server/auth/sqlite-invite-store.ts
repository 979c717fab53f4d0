import { INVITE_PATTERN, type Role } from '../../src/shared/protocol/protocol';
import type { Db } from '../db';
import {
  checkMinutes,
  DEFAULT_INVITE_MINUTES,
  generateInvite,
  unknownReplacedToken,
  type InviteInfo,
  type InviteStore,
  type OpenInvite,
} from './invite-store';
import { SqliteTeamStore } from './sqlite-team-store';
import { checkLabel, unknownTeam, type Principal } from './team-store';
import { hashToken, sameHash } from './tokens';

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

/** {@link InviteStore} on the server's SQLite database (table `invites`). */
export class SqliteInviteStore implements InviteStore {
  private readonly teams: SqliteTeamStore;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.teams = new SqliteTeamStore(db, now);
  }

  async addInvite(
    teamName: string,
    role: Role,
    rawLabel: string,
    minutes = DEFAULT_INVITE_MINUTES,
    replaces?: number,
  ): Promise<{ id: number; invite: string; team: string; expiresAt: string }> {
    const team = this.teams.findTeamNow(teamName);
    if (!team) throw unknownTeam(teamName);
    const label = checkLabel(rawLabel);
    checkMinutes(minutes);
    // [S95] A phone joining again (its token revoked or lost) keeps the contacts it created.
    let device: number | null = null;
    if (replaces !== undefined) {
      const old = this.db.prepare('SELECT team_id, device FROM tokens WHERE id = ?').get(replaces) as
        { team_id: number; device: number | null } | undefined;
      if (!old || old.team_id !== team.id) throw unknownReplacedToken(replaces, team.name);
      device = old.device ?? replaces;
    }
    const invite = generateInvite();
    const created = this.now();
    const expiresAt = new Date(created.getTime() + minutes * 60_000).toISOString();
    const info = this.db
      .prepare(
        `INSERT INTO invites (team_id, role, label, invite_hash, created_at, expires_at, device)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(team.id, role, label, hashToken(invite), created.toISOString(), expiresAt, device);
    return { id: Number(info.lastInsertRowid), invite, team: team.name, expiresAt };
  }

  /** The invite when it is known, unused and unexpired; undefined otherwise (the caller cannot tell which). */
  private usable(invite: string): InviteRow | undefined {
    if (!INVITE_PATTERN.test(invite)) return undefined;
    const hash = hashToken(invite);
    const row = this.db
      .prepare(
        `SELECT i.id, i.team_id, t.name AS team, i.role, i.label, i.invite_hash, i.expires_at, i.used_at, i.device
         FROM invites i JOIN teams t ON t.id = i.team_id WHERE i.invite_hash = ?`,
      )
      .get(hash) as InviteRow | undefined;
    if (!row || !sameHash(row.invite_hash, hash)) return undefined;
    if (row.used_at !== null || Date.parse(row.expires_at) <= this.now().getTime()) return undefined;
    return row;
  }

  async check(invite: string): Promise<InviteInfo | undefined> {
    const row = this.usable(invite);
    return row && { team: row.team, role: row.role, label: row.label, expiresAt: row.expires_at };
  }

  /** `BEGIN IMMEDIATE`: two devices racing with the same invite are serialized, and the second finds it used. */
  async redeem(invite: string): Promise<{ token: string; principal: Principal } | undefined> {
    return this.db
      .transaction(() => {
        const row = this.usable(invite);
        if (!row) return undefined;
        const { id, token } = this.teams.addTokenToTeam(row.team_id, row.role, row.label, row.device);
        this.db
          .prepare('UPDATE invites SET used_at = ?, token_id = ? WHERE id = ? AND used_at IS NULL')
          .run(this.now().toISOString(), id, row.id);
        const principal: Principal = {
          tokenId: id,
          device: row.device ?? id,
          teamId: row.team_id,
          team: row.team,
          role: row.role,
          label: row.label,
        };
        return { token, principal };
      })
      .immediate();
  }

  async listOpen(): Promise<OpenInvite[]> {
    return this.db
      .prepare(
        `SELECT i.id, t.name AS team, i.role, i.label, i.expires_at AS expiresAt
         FROM invites i JOIN teams t ON t.id = i.team_id
         WHERE i.used_at IS NULL AND i.expires_at > ? ORDER BY i.id`,
      )
      .all(this.now().toISOString()) as OpenInvite[];
  }
}
