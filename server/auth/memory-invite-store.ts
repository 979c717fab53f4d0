import { INVITE_PATTERN, type Role } from '../../src/shared/protocol/protocol';
import {
  checkMinutes,
  DEFAULT_INVITE_MINUTES,
  generateInvite,
  unknownReplacedToken,
  type InviteInfo,
  type InviteStore,
  type OpenInvite,
} from './invite-store';
import type { MemoryTeamStore } from './memory-team-store';
import { checkLabel, unknownTeam, type Principal } from './team-store';
import { hashToken, sameHash } from './tokens';

interface InviteRecord {
  id: number;
  teamId: number;
  role: Role;
  label: string;
  hash: Buffer;
  expiresAt: string;
  usedAt: string | null;
  tokenId: number | null;
  device: number | null;
}

/** The reference model of {@link InviteStore}, over a {@link MemoryTeamStore}. */
export class MemoryInviteStore implements InviteStore {
  private readonly invites: InviteRecord[] = [];

  constructor(
    private readonly teams: MemoryTeamStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

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
    let device: number | null = null;
    if (replaces !== undefined) {
      const old = this.teams.tokens.find((k) => k.id === replaces);
      if (!old || old.teamId !== team.id) throw unknownReplacedToken(replaces, team.name);
      device = old.device ?? replaces;
    }
    const invite = generateInvite();
    const expiresAt = new Date(this.now().getTime() + minutes * 60_000).toISOString();
    const id = this.invites.length + 1;
    this.invites.push({
      id,
      teamId: team.id,
      role,
      label,
      hash: hashToken(invite),
      expiresAt,
      usedAt: null,
      tokenId: null,
      device,
    });
    return { id, invite, team: team.name, expiresAt };
  }

  private usable(invite: string): InviteRecord | undefined {
    if (!INVITE_PATTERN.test(invite)) return undefined;
    const hash = hashToken(invite);
    const record = this.invites.find((i) => sameHash(i.hash, hash));
    if (!record || record.usedAt !== null || Date.parse(record.expiresAt) <= this.now().getTime()) return undefined;
    return record;
  }

  async check(invite: string): Promise<InviteInfo | undefined> {
    const record = this.usable(invite);
    const team = record && this.teams.teamById(record.teamId);
    return record && team && { team: team.name, role: record.role, label: record.label, expiresAt: record.expiresAt };
  }

  async redeem(invite: string): Promise<{ token: string; principal: Principal } | undefined> {
    const record = this.usable(invite);
    const team = record && this.teams.teamById(record.teamId);
    if (!record || !team) return undefined;
    const { id, token } = this.teams.addTokenToTeam(record.teamId, record.role, record.label, record.device);
    record.usedAt = this.now().toISOString();
    record.tokenId = id;
    const principal: Principal = {
      tokenId: id,
      device: record.device ?? id,
      teamId: record.teamId,
      team: team.name,
      role: record.role,
      label: record.label,
    };
    return { token, principal };
  }

  async listOpen(): Promise<OpenInvite[]> {
    const now = this.now().toISOString();
    return this.invites
      .filter((i) => i.usedAt === null && i.expiresAt > now)
      .map((i) => ({
        id: i.id,
        team: this.teams.teamById(i.teamId)?.name ?? '',
        role: i.role,
        label: i.label,
        expiresAt: i.expiresAt,
      }));
  }
}
