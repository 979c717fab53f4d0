/**
 * The teams, tokens and invites part of the storage contract ([S6], [S7], [S9], [S94], [S95] of docs/SPEC.md),
 * run against every store (./describe-store-contract.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { AdminError, type TeamStore } from '../../../server/auth/team-store';
import type { InviteStore } from '../../../server/auth/invite-store';
import { useStoreFixture, type MakeStores, type StoreFixture } from './fixture';

export function describeAuthStoreContract(name: string, make: MakeStores): void {
  describe(`TeamStore and InviteStore contract: ${name}`, () => {
    const fixture = useStoreFixture(make);
    let f: StoreFixture;
    let teams: TeamStore;
    let invites: InviteStore;
    beforeEach(() => {
      f = fixture.get();
      teams = f.stores.teams;
      invites = f.stores.invites;
    });

    it('[S9] teams: names checked, unique whatever the case, listed by name with their active tokens', async () => {
      expect(await teams.findTeam('team a')).toMatchObject({ id: f.teamA, name: 'Team A', activeTokens: 0 });
      await expect(teams.addTeam('TEAM A')).rejects.toThrow(AdminError);
      await expect(teams.addTeam('TEAM A')).rejects.toThrow(/already exists/);
      await expect(teams.addTeam('<script>')).rejects.toThrow(/Invalid team name/);
      const added = await teams.addTeam('  Quartier Nord ');
      expect(added).toEqual({
        id: expect.any(Number),
        name: 'Quartier Nord',
        createdAt: '2026-01-01T00:00:00.000Z',
        activeTokens: 0,
      });
      await teams.addToken('Quartier Nord', 'worker', 'Phone');
      expect((await teams.listTeams()).map((t) => [t.name, t.activeTokens])).toEqual([
        ['Quartier Nord', 1],
        ['Team A', 0],
        ['Team B', 0],
      ]);
      expect(await teams.findTeam('Nowhere')).toBeUndefined();
    });

    it('[S6] [S7] a token authenticates as its team, role and label; unknown and revoked ones do not', async () => {
      const { id, token, team } = await teams.addToken('team b', 'coordinator', ' Office ');
      expect(team.id).toBe(f.teamB);
      expect(token).toMatch(/^lt_[A-Za-z0-9_-]{43}$/);
      expect(await teams.authenticate(token)).toEqual({
        ok: true,
        principal: { tokenId: id, device: id, teamId: f.teamB, team: 'Team B', role: 'coordinator', label: 'Office' },
      });
      expect(await teams.authenticate(`lt_${'A'.repeat(43)}`)).toEqual({ ok: false, reason: 'unknown' });
      expect(await teams.authenticate('not a token')).toEqual({ ok: false, reason: 'unknown' });
      f.setNow('2026-01-01T01:00:00.000Z');
      const revoked = await teams.revokeToken(id);
      expect(revoked).toMatchObject({ id, team: 'Team B', revokedAt: '2026-01-01T01:00:00.000Z' });
      expect(await teams.authenticate(token)).toEqual({ ok: false, reason: 'revoked' });
      await expect(teams.revokeToken(id)).rejects.toThrow(/already revoked/);
      await expect(teams.revokeToken(9999)).rejects.toThrow(/No token with id 9999/);
      await expect(teams.addToken('Nowhere', 'worker', 'x')).rejects.toThrow(/No team named "Nowhere"/);
      await expect(teams.addToken('Team A', 'worker', ' ')).rejects.toThrow(/label must be 1–100/);
    });

    it('[S9] tokens are listed without secrets; last use is recorded at most once a minute', async () => {
      const { id, token } = await teams.addToken('Team A', 'worker', 'Phone of Sam');
      await teams.addToken('Team B', 'worker', 'Other');
      const listed = await teams.listTokens('team a');
      expect(listed).toEqual([
        {
          id,
          team: 'Team A',
          role: 'worker',
          label: 'Phone of Sam',
          createdAt: '2026-01-01T00:00:00.000Z',
          lastUsedAt: null,
          revokedAt: null,
        },
      ]);
      expect(JSON.stringify(await teams.listTokens())).not.toMatch(/lt_/);
      expect(await teams.listTokens()).toHaveLength(2);
      await expect(teams.listTokens('Nowhere')).rejects.toThrow(AdminError);
      f.setNow('2026-01-02T10:00:00.000Z');
      await teams.authenticate(token);
      f.setNow('2026-01-02T10:00:30.000Z');
      await teams.authenticate(token);
      expect((await teams.listTokens('Team A'))[0]?.lastUsedAt).toBe('2026-01-02T10:00:00.000Z');
      f.setNow('2026-01-02T10:01:30.000Z');
      await teams.authenticate(token);
      expect((await teams.listTokens('Team A'))[0]?.lastUsedAt).toBe('2026-01-02T10:01:30.000Z');
    });

    it('[S94] an invite is checked without being used, exchanged once for a token, and expires', async () => {
      const created = await invites.addInvite('team a', 'worker', 'Phone of Lou', 30);
      expect(created).toMatchObject({ team: 'Team A', expiresAt: '2026-01-01T00:30:00.000Z' });
      expect(created.invite).toMatch(/^li_[A-Za-z0-9_-]{22}$/);
      const info = { team: 'Team A', role: 'worker', label: 'Phone of Lou', expiresAt: '2026-01-01T00:30:00.000Z' };
      expect(await invites.check(created.invite)).toEqual(info);
      expect(await invites.check(created.invite)).toEqual(info);
      expect(await invites.listOpen()).toEqual([{ id: created.id, ...info }]);
      const joined = await invites.redeem(created.invite);
      expect(joined?.principal).toMatchObject({
        teamId: f.teamA,
        team: 'Team A',
        role: 'worker',
        label: 'Phone of Lou',
      });
      expect(joined?.principal.device).toBe(joined?.principal.tokenId);
      expect(await teams.authenticate(joined?.token ?? '')).toMatchObject({ ok: true });
      expect(await invites.redeem(created.invite)).toBeUndefined();
      expect(await invites.check(created.invite)).toBeUndefined();
      expect(await invites.listOpen()).toEqual([]);

      const later = await invites.addInvite('Team A', 'worker', 'Late', 5);
      f.setNow('2026-01-01T00:05:00.000Z');
      expect(await invites.check(later.invite)).toBeUndefined();
      expect(await invites.redeem(later.invite)).toBeUndefined();
      expect(await invites.redeem(`li_${'A'.repeat(22)}`)).toBeUndefined();
      await expect(invites.addInvite('Team A', 'worker', 'x', 0)).rejects.toThrow(/1 to 1440 minutes/);
      await expect(invites.addInvite('Nowhere', 'worker', 'x')).rejects.toThrow(/No team named/);
    });

    it('[S94] two devices racing with one invite get one token between them', async () => {
      const { invite } = await invites.addInvite('Team A', 'worker', 'Shared link', 10);
      const outcomes = await Promise.all(Array.from({ length: 4 }, () => invites.redeem(invite)));
      expect(outcomes.filter((o) => o !== undefined)).toHaveLength(1);
      expect(await teams.listTokens('Team A')).toHaveLength(1);
    });

    it('[S95] an invite that replaces a token keeps its device; only a token of the same team can be replaced', async () => {
      const first = await teams.addToken('Team A', 'worker', 'Phone');
      const again = await invites.addInvite('Team A', 'worker', 'Phone, again', 10, first.id);
      const joined = await invites.redeem(again.invite);
      expect(joined?.principal.device).toBe(first.id);
      const third = await invites.redeem(
        (await invites.addInvite('Team A', 'worker', 'x', 10, joined?.principal.tokenId)).invite,
      );
      expect(third?.principal.device).toBe(first.id);
      await expect(invites.addInvite('Team B', 'worker', 'x', 10, first.id)).rejects.toThrow(/No token/);
      await expect(invites.addInvite('Team A', 'worker', 'x', 10, 9999)).rejects.toThrow(/No token 9999/);
    });
  });
}
