import { randomBytes } from 'node:crypto';
import { INVITE_PATTERN, type Role } from '../../src/sync/protocol';
import type { Db } from '../db';
import { AdminError, TeamStore, type Principal } from './team-store';
import { hashToken, sameHash } from './tokens';

/** [S94] Invites live minutes, not days: long enough to open a link handed over in person or by message. */
export const DEFAULT_INVITE_MINUTES = 30;
export const MAX_INVITE_MINUTES = 24 * 60;

export interface InviteInfo {
  team: string;
  role: Role;
  label: string;
  expiresAt: string;
}

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

/** A new invite code: `li_` + 128 random bits (plenty for a code that lives minutes and is tried 10 times). */
export function generateInvite(): string {
  return `li_${randomBytes(16).toString('base64url')}`;
}

/**
 * Invites (table `invites`, [S94]): a join link carries one of these instead of the device's token. Checking
 * one does not use it; exchanging it creates the device's token and marks the invite used, in one transaction.
 */
export class InviteStore {
  private readonly teams: TeamStore;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.teams = new TeamStore(db, now);
  }

  /** Creates an invite; the returned code is the only time it exists outside the link. */
  addInvite(
    teamName: string,
    role: Role,
    rawLabel: string,
    minutes = DEFAULT_INVITE_MINUTES,
    replaces?: number,
  ): { id: number; invite: string; team: string; expiresAt: string } {
    const team = this.teams.findTeam(teamName);
    if (!team) throw new AdminError(`No team named "${teamName}" (see \`team list\`)`);
    const label = TeamStore.checkLabel(rawLabel);
    if (!Number.isSafeInteger(minutes) || minutes < 1 || minutes > MAX_INVITE_MINUTES) {
      throw new AdminError(`An invite lives 1 to ${MAX_INVITE_MINUTES} minutes`);
    }
    // [S95] A phone joining again (its token revoked or lost) keeps the contacts it created.
    let device: number | null = null;
    if (replaces !== undefined) {
      const old = this.db.prepare('SELECT team_id, device FROM tokens WHERE id = ?').get(replaces) as
        { team_id: number; device: number | null } | undefined;
      if (!old || old.team_id !== team.id) throw new AdminError(`No token ${replaces} in team "${team.name}"`);
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

  /** What the invite would join, without using it up. */
  check(invite: string): InviteInfo | undefined {
    const row = this.usable(invite);
    return row && { team: row.team, role: row.role, label: row.label, expiresAt: row.expires_at };
  }

  /**
   * Exchanges the invite for a new long-lived token of its team, role and label. `BEGIN IMMEDIATE`: two devices
   * racing with the same invite are serialized, and the second finds it used.
   */
  redeem(invite: string): { token: string; principal: Principal } | undefined {
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

  /** Invites not used yet and not expired, for `invite list`. */
  listOpen(): Array<{ id: number; team: string; role: Role; label: string; expiresAt: string }> {
    return this.db
      .prepare(
        `SELECT i.id, t.name AS team, i.role, i.label, i.expires_at AS expiresAt
         FROM invites i JOIN teams t ON t.id = i.team_id
         WHERE i.used_at IS NULL AND i.expires_at > ? ORDER BY i.id`,
      )
      .all(this.now().toISOString()) as Array<{
      id: number;
      team: string;
      role: Role;
      label: string;
      expiresAt: string;
    }>;
  }
}
