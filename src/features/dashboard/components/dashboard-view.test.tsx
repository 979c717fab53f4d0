/**
 * The dashboard as a coordinator sees it (jsdom, real translations and content, a fake-indexeddb device): the
 * last report of the filters from the device, refreshed from a server that answers with a valid report.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { statsAnswer } from '../../../../tests/unit/stats-answer';
import { storeReport } from '../../../data/stats/stats-store';
import { parseCsv } from '../../../shared/csv';
import { saveTeamSettings, type TeamSettings } from '../../../data/team/sync-meta';
import type { StatsQuery, StatsResponse } from '../../../shared/protocol/stats';
import { DashboardView } from './dashboard-view';

const coordinator: TeamSettings = {
  serverUrl: 'https://team.example.org',
  token: 'lt_coord',
  team: 'Équipe Nord',
  role: 'coordinator',
  label: 'Office',
  joinedAt: '2026-01-01T00:00:00.000Z',
};
const DASHBOARD_URL = '/dashboard?period=custom&from=2026-11-01&to=2026-11-30';
const QUERY: StatsQuery = { from: '2026-11-01', to: '2026-11-30', group: 'week' };

/** The team's server: answers GET /stats with `answer` (or a status), and records what it was asked. */
function serve(answer: StatsResponse | number) {
  const fetch = vi.fn(async () =>
    typeof answer === 'number'
      ? new Response(JSON.stringify({ error: 'forbidden', message: 'no' }), { status: answer })
      : new Response(JSON.stringify(answer), { status: 200 }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const render = (language: 'en' | 'fr' = 'en', url = DASHBOARD_URL) =>
  renderApp(<DashboardView />, { url, path: '/dashboard', language });
const table = (name: string | RegExp) => screen.getByRole('table', { name });
const cell = (tableName: string | RegExp, row: string | RegExp) =>
  within(within(table(tableName)).getByRole('rowheader', { name: row }).closest('tr')!);

beforeEach(async () => {
  await freshDb();
  await saveTeamSettings(coordinator);
});
afterEach(() => vi.unstubAllGlobals());

describe('DashboardView', () => {
  it('loads the report of the filters with the team’s token and shows every suppressed count as “< 5”', async () => {
    const fetch = serve(statsAnswer());
    await render();
    expect(await screen.findByRole('table', { name: 'Age bands' })).toBeInTheDocument();
    expect(String(fetch.mock.calls[0]?.[0 as never])).toBe(
      'https://team.example.org/api/v1/stats?from=2026-11-01&to=2026-11-30&group=week',
    );
    expect(cell('Age bands', 'Under 13').getByText('< 5')).toBeInTheDocument();
    expect(cell('Age bands', '16–17').getByText('25')).toBeInTheDocument();
    expect(cell('Contacts by kind', 'Family / parent').getByText('< 5')).toBeInTheDocument();
    expect(cell('Referral outcomes', 'In progress').getByText('< 5')).toBeInTheDocument();
    expect(cell('Follow-ups', 'Due within 7 days').getByText('< 5')).toBeInTheDocument();
    expect(cell('Follow-ups', 'Overdue').getByText('5')).toBeInTheDocument();
    // Totals against the previous period: a suppressed previous count makes the change not computable.
    expect(
      cell('Overview', 'Contacts')
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['45', '30', '+15']);
    expect(
      cell('Overview', 'People met')
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['60', '< 5', 'not computable']);
    // What the report is and how to read it.
    expect(
      screen.getByText(/Counts under 5 are shown as “< 5”, the others are rounded to the nearest 5/),
    ).toBeVisible();
    expect(screen.getByText(/only what the team’s workers recorded/)).toBeVisible();
    expect(await screen.findByText(/Report loaded on/)).toBeInTheDocument();
  });

  it('links each Table 1 factor to its card on the Table 1 page', async () => {
    serve(statsAnswer());
    await render();
    const link = within(await screen.findByRole('table', { name: 'Table 1 factors' })).getAllByRole('link')[0];
    expect(link).toHaveAttribute('href', '/table-1#factor-minor-money');
  });

  it('shows the activity chart’s table on demand, with every bucket and kind', async () => {
    serve(statsAnswer());
    await render();
    const toggle = await screen.findByRole('button', { name: 'Show the table' });
    const hidden = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(hidden).not.toBeVisible();
    await userEvent.click(toggle);
    const region = screen.getByRole('region', { name: 'Activity over time (table, scrolls sideways)' });
    expect(region).toBe(hidden);
    expect(region).toBeVisible();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const row = within(within(region).getByRole('rowheader', { name: 'November 2026' }).closest('tr')!);
    // Contacts, people, street, school, family (the kinds with nothing all period are left out).
    expect(row.getAllByRole('cell').map((td) => td.textContent)).toEqual(['45', '60', '30', '15', '< 5']);
    expect(screen.getByText(/45 contacts in the period, by month; the most in November 2026 \(45\)/)).toBeVisible();
  });

  it('hides the per-worker counts when the coordinator asks', async () => {
    serve(statsAnswer());
    await render();
    expect(await screen.findByRole('table', { name: 'Contacts per worker device' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show the counts per worker device' }));
    expect(screen.queryByRole('table', { name: 'Contacts per worker device' })).not.toBeInTheDocument();
    expect(screen.queryByText('Phone of Sam')).not.toBeInTheDocument();
  });

  it('keeps the last report, with its date, when the server refuses, and says why', async () => {
    await storeReport(coordinator, QUERY, statsAnswer(), '2026-12-01T08:00:00.000Z');
    serve(403);
    await render();
    expect(await screen.findByText(/only a coordinator’s access code may read the team’s figures/)).toBeInTheDocument();
    expect(screen.getByText(/Report loaded on December 1, 2026/)).toBeInTheDocument();
    expect(cell('Age bands', 'Under 13').getByText('< 5')).toBeInTheDocument();
  });

  it('in French, says “< 5” and names the sections in French', async () => {
    serve(statsAnswer());
    await render('fr');
    expect(await screen.findByRole('table', { name: 'Tranches d’âge' })).toBeInTheDocument();
    expect(cell('Tranches d’âge', 'Moins de 13 ans').getByText('< 5')).toBeInTheDocument();
    expect(cell('Suivis', 'À faire dans les 7 jours').getByText('< 5')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Imprimer / PDF' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger le CSV' })).toBeInTheDocument();
  });

  it('downloads the committee’s CSV in French: what it is, the rule, the figures, “< 5”, “;” between cells', async () => {
    serve(statsAnswer());
    // The file handed to the browser, and the link clicked to save it (not followed: jsdom does not download).
    const created = vi.spyOn(URL, 'createObjectURL');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      await render('fr');
      await userEvent.click(await screen.findByRole('button', { name: 'Télécharger le CSV' }));
      await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
      const file = created.mock.calls[0]![0] as Blob;
      // The BOM, so Excel reads UTF-8 (Blob.text() decodes it away, the bytes keep it).
      expect([...new Uint8Array(await file.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = await file.text();
      expect(text.startsWith('LIMITS Terrain — rapport d’équipe;\r\n')).toBe(true);
      const parsed = parseCsv(text, ';');
      if (!parsed.ok) throw new Error(parsed.message);
      const rows = parsed.records.map((record) => record.cells.join(' | '));
      expect(rows).toContain('Équipe | Équipe Nord');
      expect(rows).toContain(
        'Petits nombres | Les nombres inférieurs à 5 sont affichés «\u202f< 5\u202f», les autres sont arrondis à 5 près, pour que personne ne puisse être reconnu.',
      );
      expect(rows.some((row) => row.startsWith('Limites | Ces chiffres ne comptent que ce que'))).toBe(true);
      expect(rows).toContain('Rubrique | Élément | Valeur | Période précédente');
      expect(rows).toContain('Vue d’ensemble | Personnes rencontrées | 60 | < 5');
      expect(rows).toContain('Tranches d’âge | Moins de 13 ans | < 5 | ');
      expect(rows).toContain('Contacts par appareil d’intervenant | Phone of Sam | 25 | ');
      expect(click.mock.contexts[0]).toHaveProperty('download', 'rapport-equipe-2026-11-01-2026-11-30.csv');
    } finally {
      created.mockRestore();
      click.mockRestore();
    }
  });

  it('asks nothing and shows nothing on a worker’s device', async () => {
    await saveTeamSettings({ ...coordinator, role: 'worker' });
    const fetch = serve(statsAnswer());
    await render();
    expect(await screen.findByText('Only a coordinator’s device shows the team dashboard.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await waitFor(() => expect(fetch).not.toHaveBeenCalled());
  });
});
