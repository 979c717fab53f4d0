import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LimitsDb } from '../../../platform/db/db';
import { toggleFavourite } from '../../../data/favourites/toggle-favourite';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { FavouritesList } from './favourites-list';

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('FavouritesList', () => {
  it('explains how to star something when there is nothing yet', async () => {
    await renderApp(<FavouritesList />, { url: '/favourites' });
    expect(await screen.findByText('You have no favourites yet.')).toBeInTheDocument();
    expect(screen.getByText(/press “Add to favourites”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the guide' })).toHaveAttribute('href', '/guide');
  });

  it('lists starred items grouped by kind, with titles and links', async () => {
    await toggleFavourite('term', 'nourrice');
    await toggleFavourite('scheme', 'cej');
    await toggleFavourite('section', '2-4-2');
    await renderApp(<FavouritesList />, { url: '/favourites' });

    const terms = await screen.findByRole('region', { name: /Slang terms/ });
    expect(within(terms).getByRole('link', { name: 'Nourrice' })).toHaveAttribute('href', '/vocabulary/nourrice');
    // The English gloss is marked as such: an option, hidden in French unless chosen (src/styles/glosses.css).
    expect(within(terms).getByText('Stash keeper')).toHaveClass('gloss');
    expect(within(terms).getByText('Stash keeper')).toHaveAttribute('lang', 'en');
    const schemes = screen.getByRole('region', { name: /Support schemes/ });
    expect(within(schemes).getByText('Youth Commitment Agreement')).toHaveClass('gloss');
    expect(within(schemes).getByRole('link', { name: 'CEJ — Contrat d’engagement jeune' })).toHaveAttribute(
      'href',
      '/schemes/cej',
    );
    const sections = screen.getByRole('region', { name: /Guide sections/ });
    expect(within(sections).getByRole('link', { name: '2.4.2 16, a pivotal age' })).toHaveAttribute(
      'href',
      '/guide/2-4-2',
    );
    expect(screen.queryByRole('region', { name: /Checklists/ })).not.toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Guide sections (1)', 'Slang terms (1)', 'Support schemes (1)']);
  });

  it('removes an item, updates the list, and can undo', async () => {
    await toggleFavourite('term', 'nourrice');
    await toggleFavourite('scheme', 'cej');
    await renderApp(<FavouritesList />, { url: '/favourites' });

    await userEvent.click(await screen.findByRole('button', { name: 'Remove CEJ — Contrat d’engagement jeune' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        '“CEJ — Contrat d’engagement jeune” was removed from your favourites.',
      ),
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: /Support schemes/ })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Nourrice' })).toBeInTheDocument();
    expect(await db.favourites.count()).toBe(1);

    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await userEvent.click(undo);
    expect(await screen.findByRole('link', { name: 'CEJ — Contrat d’engagement jeune' })).toBeInTheDocument();
    expect(await db.favourites.count()).toBe(2);
  });

  it('shows the empty state once the last favourite is removed', async () => {
    await toggleFavourite('term', 'nourrice');
    await renderApp(<FavouritesList />, { url: '/favourites' });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Nourrice' }));
    expect(await screen.findByText('You have no favourites yet.')).toBeInTheDocument();
  });

  it('keeps a favourite whose item left the content removable, and says so', async () => {
    await db.favourites.put({ kind: 'checklist', id: 'retired-checklist', createdAt: new Date().toISOString() });
    await renderApp(<FavouritesList />, { url: '/favourites' });
    expect(
      await screen.findByText('No longer in the guide (retired-checklist)', { selector: '.card__title' }),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: /^Remove No longer in the guide/ }));
    expect(await screen.findByText('You have no favourites yet.')).toBeInTheDocument();
  });

  it('renders in French', async () => {
    await toggleFavourite('checklist', 'rao-procedure');
    await renderApp(<FavouritesList />, { url: '/favourites', language: 'fr' });
    expect(await screen.findByRole('heading', { name: 'Favoris', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Fiches pratiques (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Retirer / })).toBeInTheDocument();
  });
});
