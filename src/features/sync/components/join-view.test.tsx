import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import type { LimitsDb } from '../../../platform/db/db';
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

  it('issue #15: opened with no network, says so in words (no "Failed to fetch") and asks again once back online', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const answer = vi.mocked(fetch).getMockImplementation();
    vi.mocked(fetch).mockImplementation(async () => {
      throw new TypeError('Failed to fetch');
    });
    window.history.replaceState(null, '', `/join#invite=${INVITE}`);
    const input = takeJoinFragment();
    await renderApp(<JoinView input={input} />, { url: '/join', language: 'fr' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Pas de réseau : l’adhésion reprendra d’elle-même dès que la connexion revient.');
    expect(alert).not.toHaveTextContent(/Failed to fetch|TypeError/);
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeVisible();
    expect(fetch).toHaveBeenCalledTimes(1);

    // Back online: the browser's 'online' event is enough, nobody has to press anything.
    onLine.mockReturnValue(true);
    if (answer) vi.mocked(fetch).mockImplementation(answer);
    window.dispatchEvent(new Event('online'));
    expect(
      await screen.findByRole('heading', {
        name: 'Rejoindre l’équipe «\u202fSud\u202f»\u202f? Accès\u00a0: coordination (Office).',
      }),
    ).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/Pas de réseau/)).toBeNull();
    onLine.mockRestore();
  });
});
