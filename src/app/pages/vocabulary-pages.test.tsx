import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../tests/unit/render-app';
import { TermRoute, VocabularyListRoute } from './vocabulary-pages';

describe('vocabulary pages', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('titles the list page', async () => {
    await renderApp(<VocabularyListRoute />, { url: '/vocabulary' });
    await screen.findByText('21 terms');
    expect(document.title).toBe('Trafficking slang · LIMITS Terrain');
  });

  it('titles a term page after its headwords and lets the user star the term', async () => {
    const user = userEvent.setup();
    await renderApp(<TermRoute />, { url: '/vocabulary/guetteur', path: '/vocabulary/:termId' });
    await screen.findByRole('heading', { level: 1, name: 'Guetteur / chouf' });
    await waitFor(() => expect(document.title).toBe('Guetteur / chouf · LIMITS Terrain'));
    const star = await screen.findByRole('button', { name: /Add to favourites/ });
    await waitFor(() => expect(star).toBeEnabled());
    await user.click(star);
    expect(await screen.findByRole('button', { name: /Remove from favourites/ })).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown term', async () => {
    await renderApp(<TermRoute />, { url: '/vocabulary/nope', path: '/vocabulary/:termId' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no such term in the vocabulary.')).toBeInTheDocument();
  });
});
