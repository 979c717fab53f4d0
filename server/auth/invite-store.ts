import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/shared/protocol/protocol';
import { AdminError, type Principal } from './team-store';

/** [S94] Invites live minutes, not days: long enough to open a link handed over in person or by message. */
export const DEFAULT_INVITE_MINUTES = 30;
export const MAX_INVITE_MINUTES = 24 * 60;

export interface InviteInfo {
  team: string;
  role: Role;
  label: string;
  expiresAt: string;
}

export interface OpenInvite {
  id: number;
  team: string;
  role: Role;
  label: string;
  expiresAt: string;
}

/** A new invite code: `li_` + 128 random bits (plenty for a code that lives minutes and is tried 10 times). */
export function generateInvite(): string {
  return `li_${randomBytes(16).toString('base64url')}`;
}

/** The lifetime of a new invite, or AdminError. */
export function checkMinutes(minutes: number): number {
  if (!Number.isSafeInteger(minutes) || minutes < 1 || minutes > MAX_INVITE_MINUTES) {
    throw new AdminError(`An invite lives 1 to ${MAX_INVITE_MINUTES} minutes`);
  }
  return minutes;
}

export const unknownReplacedToken = (id: number, team: string) => new AdminError(`No token ${id} in team "${team}"`);

/**
 * [S94] Single-use join invites: a join link carries one of these instead of the device's token. Checking one
 * does not use it; exchanging it creates the device's token and marks the invite used, atomically, so two devices
 * racing with one invite (on one instance or two) get one token between them. Implementations: SQLite, PostgreSQL,
 * memory; contract in tests/server/store-contract/.
 */
export interface InviteStore {
  /**
   * Creates an invite; the returned code is the only time it exists outside the link. `replaces` ([S95]): the
   * token of a phone joining again, whose device (hence contacts) the new token keeps.
   */
  addInvite(
    teamName: string,
    role: Role,
    rawLabel: string,
    minutes?: number,
    replaces?: number,
  ): Promise<{ id: number; invite: string; team: string; expiresAt: string }>;
  /** What the invite would join, without using it up; undefined when unknown, used or expired (no telling which). */
  check(invite: string): Promise<InviteInfo | undefined>;
  /** Exchanges the invite for a new long-lived token of its team, role and label; undefined when not usable. */
  redeem(invite: string): Promise<{ token: string; principal: Principal } | undefined>;
  /** Invites not used yet and not expired, for `invite list`. */
  listOpen(): Promise<OpenInvite[]>;
}
