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
} from './team-store';
import { generateToken, hashToken, sameHash, TOKEN_PATTERN } from './tokens';

interface TokenRecord {
  id: number;
  teamId: number;
  role: Role;
  label: string;
  hash: Buffer;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  device: number | null;
}

/** The reference model of {@link TeamStore}: arrays, no cleverness (the contract suite compares the others to it). */
export class MemoryTeamStore implements TeamStore {
  private readonly teams: Array<{ id: number; name: string; createdAt: string }> = [];
  /** Read by MemoryInviteStore, which creates tokens when invites are exchanged. */
  readonly tokens: TokenRecord[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  async addTeam(rawName: string): Promise<Team> {
    const name = checkTeamName(rawName);
    if (this.findTeamNow(name)) throw duplicateTeam(name);
    const team = { id: this.teams.length + 1, name, createdAt: this.now().toISOString() };
    this.teams.push(team);
    return { ...team, activeTokens: 0 };
  }

  async findTeam(name: string): Promise<Team | undefined> {
    return this.findTeamNow(name);
  }

  findTeamNow(name: string): Team | undefined {
    return this.listTeamsNow().find((team) => team.name.toLowerCase() === name.trim().toLowerCase());
  }

  teamById(id: number): Team | undefined {
    return this.listTeamsNow().find((team) => team.id === id);
  }

  async listTeams(): Promise<Team[]> {
    return this.listTeamsNow();
  }

  private listTeamsNow(): Team[] {
    return this.teams
      .map((team) => ({
        ...team,
        activeTokens: this.tokens.filter((k) => k.teamId === team.id && k.revokedAt === null).length,
      }))
      .sort((a, b) => {
        // Like SQLite's NOCASE and PostgreSQL's lower(): case does not order names.
        const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
        return x < y ? -1 : x > y ? 1 : a.id - b.id;
      });
  }

  async addToken(teamName: string, role: Role, rawLabel: string): Promise<{ id: number; token: string; team: Team }> {
    const team = this.findTeamNow(teamName);
    if (!team) throw unknownTeam(teamName);
    return { ...this.addTokenToTeam(team.id, role, checkLabel(rawLabel)), team };
  }

  addTokenToTeam(
    teamId: number,
    role: Role,
    label: string,
    device: number | null = null,
  ): { id: number; token: string } {
    const token = generateToken();
    const id = this.tokens.length + 1;
    this.tokens.push({
      id,
      teamId,
      role,
      label,
      hash: hashToken(token),
      createdAt: this.now().toISOString(),
      revokedAt: null,
      lastUsedAt: null,
      device,
    });
    return { id, token };
  }

  async listTokens(teamName?: string): Promise<TokenInfo[]> {
    let teamId: number | undefined;
    if (teamName !== undefined) {
      const team = this.findTeamNow(teamName);
      if (!team) throw unknownTeam(teamName);
      teamId = team.id;
    }
    return this.tokens
      .filter((k) => teamId === undefined || k.teamId === teamId)
      .map((k) => ({
        id: k.id,
        team: this.teamById(k.teamId)?.name ?? '',
        role: k.role,
        label: k.label,
        createdAt: k.createdAt,
        lastUsedAt: k.lastUsedAt,
        revokedAt: k.revokedAt,
      }));
  }

  async revokeToken(id: number): Promise<TokenInfo> {
    const token = (await this.listTokens()).find((row) => row.id === id);
    const record = this.tokens.find((k) => k.id === id);
    if (!token || !record) throw unknownToken(id);
    if (token.revokedAt !== null) throw alreadyRevoked(token);
    record.revokedAt = this.now().toISOString();
    return { ...token, revokedAt: record.revokedAt };
  }

  async authenticate(token: string): Promise<AuthResult> {
    if (!TOKEN_PATTERN.test(token)) return { ok: false, reason: 'unknown' };
    const hash = hashToken(token);
    const record = this.tokens.find((k) => sameHash(k.hash, hash));
    const team = record && this.teamById(record.teamId);
    if (!record || !team) return { ok: false, reason: 'unknown' };
    if (record.revokedAt !== null) return { ok: false, reason: 'revoked' };
    const now = this.now();
    if (dueForTouch(record.lastUsedAt, now)) record.lastUsedAt = now.toISOString();
    return {
      ok: true,
      principal: {
        tokenId: record.id,
        device: record.device ?? record.id,
        teamId: record.teamId,
        team: team.name,
        role: record.role,
        label: record.label,
      },
    };
  }
}
