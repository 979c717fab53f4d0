import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import type { LimitsDb } from '../../../db/db';
import { takeJoinFragment } from '../join-fragment';
import { JoinView } from './join-view';

const TOKEN = `lt_${'Q'.repeat(43)}`;

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () => new Response(JSON.stringify({ team: 'Sud', role: 'coordinator', label: 'Office' }), { status: 200 }),
    ),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

describe('/join', () => {
  it('takes the code out of the address bar at once and asks the server which team it is for', async () => {
    window.history.replaceState(null, '', `/join#token=${TOKEN}`);
    const input = takeJoinFragment();
    expect(window.location.href).toBe(`${window.location.origin}/join`);
    // Read once, kept in memory: a second render still has it.
    expect(takeJoinFragment()).toEqual(input);
    await renderApp(<JoinView input={input} />, { url: '/join' });
    expect(
      await screen.findByRole('heading', { name: 'Join team “Sud” as coordinator (Office)?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Join your team' })).toBeInTheDocument();
  });

  it('explains a link without a code', async () => {
    await renderApp(<JoinView input={undefined} />, { url: '/join', language: 'fr' });
    expect(screen.getByRole('alert')).toHaveTextContent(/ne contient pas de code d’accès/);
    expect(screen.getByRole('link', { name: 'Aller aux réglages' })).toHaveAttribute('href', '/settings#team');
  });
});
