import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import type { LimitsDb } from '../../../db/db';
import { takeJoinFragment } from '../join-fragment';
import { JoinView } from './join-view';

const TOKEN = `lt_${'Q'.repeat(43)}`;
const INVITE = `li_${'Q'.repeat(22)}`;

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(
          JSON.stringify({ team: 'Sud', role: 'coordinator', label: 'Office', expiresAt: '2030-01-01T00:00:00.000Z' }),
          { status: 200 },
        ),
    ),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

describe('/join', () => {
  it('[S94] takes the invite out of the address bar at once and asks the server (by POST) which team it is for', async () => {
    window.history.replaceState(null, '', `/join#invite=${INVITE}`);
    const input = takeJoinFragment();
    expect(window.location.href).toBe(`${window.location.origin}/join`);
    // Read once, kept in memory: a second render still has it.
    expect(takeJoinFragment()).toEqual(input);
    await renderApp(<JoinView input={input} />, { url: '/join' });
    expect(
      await screen.findByRole('heading', { name: 'Join team “Sud” as coordinator (Office)?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Join your team' })).toBeInTheDocument();
    const [url, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(String(url)).toBe(`${window.location.origin}/api/v1/invites/check`);
    expect(String(url)).not.toContain(INVITE);
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(JSON.stringify({ invite: INVITE }));
  });

  it('[S94] refuses a link carrying a long-lived token, and asks nothing of the server', async () => {
    window.history.replaceState(null, '', `/join#token=${TOKEN}`);
    const input = takeJoinFragment();
    expect(window.location.href).toBe(`${window.location.origin}/join`);
    await renderApp(<JoinView input={input} />, { url: '/join' });
    expect(screen.getByRole('alert')).toHaveTextContent(/permanent access code/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('explains a link without a code', async () => {
    await renderApp(<JoinView input={undefined} />, { url: '/join', language: 'fr' });
    expect(screen.getByRole('alert')).toHaveTextContent(/ne contient pas de code d’accès/);
    expect(screen.getByRole('link', { name: 'Aller aux réglages' })).toHaveAttribute('href', '/settings#team');
  });
});
