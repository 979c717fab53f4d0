import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../tests/unit/render-app';
import { SchemeDirectoryRoute, SchemeRoute } from './scheme-pages';

describe('scheme pages', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('titles the directory', async () => {
    await renderApp(<SchemeDirectoryRoute />, { url: '/schemes' });
    await screen.findByRole('heading', { level: 1, name: 'Support schemes' });
    expect(document.title).toBe('Support schemes · LIMITS Terrain');
  });

  it('titles a scheme page and lets the user star the scheme', async () => {
    const user = userEvent.setup();
    await renderApp(<SchemeRoute />, { url: '/schemes/cej', path: '/schemes/:schemeId' });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.title).toBe('CEJ – Contrat d’engagement jeune · LIMITS Terrain'));
    const star = await screen.findByRole('button', { name: /Add to favourites/ });
    await waitFor(() => expect(star).toBeEnabled());
    await user.click(star);
    expect(await screen.findByRole('button', { name: /Remove from favourites/ })).toBeInTheDocument();
  });

  it('offers one primary action, starting a referral; the referral checklist is a plain link', async () => {
    await renderApp(<SchemeRoute />, { url: '/schemes/epide', path: '/schemes/:schemeId' });
    await screen.findByRole('heading', { level: 1 });
    const start = screen.getByRole('link', { name: 'Start a referral' });
    expect(start).toHaveAttribute('href', '/referrals/new?scheme=epide');
    expect(document.querySelectorAll('.scheme .button--primary')).toHaveLength(1);
    expect(start).toHaveClass('button--primary');
    const checklist = screen.getByRole('link', { name: 'See the referral checklist: the steps to tick off' });
    expect(checklist).toHaveAttribute('href', '/checklists/referral-epide');
    expect(checklist).not.toHaveClass('button');
    // Right under the scheme's name, before the summary: above the fold on a phone.
    const heading = screen.getByRole('heading', { level: 1 });
    const summary = document.querySelector('.scheme .lead') as HTMLElement;
    expect(heading.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(start.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the not-found page for an unknown scheme', async () => {
    await renderApp(<SchemeRoute />, { url: '/schemes/nope', path: '/schemes/:schemeId' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no such scheme in the directory.')).toBeInTheDocument();
  });
});
