import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../tests/unit/render-app';
import { GuideSectionRoute } from './guide-pages';
import { Table1Route } from './table-1-page';

beforeEach(async () => {
  await freshDb();
});

const title = 'Table 1: Factors influencing participation in trafficking and possible responses';

describe('Table 1', () => {
  it('has a page of its own: the table title is the one h1, scopes h2, factors h3', async () => {
    await renderApp(<Table1Route />, { url: '/table-1' });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Add to favourites' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Table 1 · LIMITS Terrain'));
  });

  it('is shown under the guide section "table-1", whose h1 stays the only one', async () => {
    await renderApp(<GuideSectionRoute />, { url: '/guide/table-1', path: '/guide/:sectionId' });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
    expect(await screen.findByRole('heading', { level: 2, name: 'Minor' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(10);
  });

  it('speaks French', async () => {
    await renderApp(<Table1Route />, { url: '/table-1', language: 'fr' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Environnement' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Lire le tableau dans le guide' })).toHaveAttribute(
      'href',
      '/guide/table-1',
    );
    await waitFor(() => expect(document.title).toBe('Tableau 1 · LIMITS Terrain'));
  });
});
