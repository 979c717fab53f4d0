import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/unit/render-app';
import { AppHeader } from './app-header';
import { BottomNav } from './bottom-nav';
import { NewContactFab } from './new-contact-fab';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

afterEach(() => vi.restoreAllMocks());

describe('app bar', () => {
  it.each([
    ['en', 'LIMITS Terrain, home', 'Search', 'Settings'],
    ['fr', 'LIMITS Terrain, accueil', 'Rechercher', 'Réglages'],
  ] as const)(
    '%s: home, search and settings are named links in one bar, with no search field',
    async (language, home, search, settings) => {
      await renderApp(<AppHeader />, { url: '/guide', language });
      const bar = screen.getByRole('banner');
      expect(within(bar).getByRole('link', { name: home })).toHaveAttribute('href', '/');
      const searchLink = within(bar).getByRole('link', { name: search });
      expect(searchLink).toHaveAttribute('href', '/search');
      expect(searchLink).toHaveAttribute('aria-keyshortcuts', '/');
      expect(searchLink).toHaveAttribute('title', search);
      expect(within(bar).getByRole('link', { name: settings })).toHaveAttribute('href', '/settings');
      expect(within(bar).queryByRole('searchbox')).not.toBeInTheDocument();
    },
  );

  it('shows offline as a compact status, announced in words, its details one tap away, in a reserved slot', async () => {
    await renderApp(<AppHeader />, { url: '/guide', language: 'fr' });
    const status = screen.getByRole('status');
    const slot = status.closest('.app-bar__status');
    // Online: the slot is laid out but empty, so the state appearing later moves nothing.
    expect(slot).not.toBeNull();
    expect(status).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();

    goOffline(true);
    expect(status).toHaveTextContent(/^Hors ligne$/);
    const chip = screen.getByRole('button', { name: 'Hors ligne' });
    expect(slot).toContainElement(chip);
    // What shows is an icon, which cannot wrap; the words open in a popover (and are its tooltip).
    expect(chip.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    const details = document.getElementById(chip.getAttribute('popovertarget') ?? '');
    expect(details).toHaveAttribute('popover', 'auto');
    expect(details).toHaveTextContent(/^Hors ligne : le guide, l’argot et vos contacts restent utilisables/);
    expect(chip).toHaveAttribute('title', details?.textContent);

    goOffline(false);
    expect(status).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('bottom navigation', () => {
  it('has five destinations around the three jobs, contacts among them, each with an icon and a label', async () => {
    await renderApp(<BottomNav />, { url: '/guide', language: 'fr' });
    const links = within(screen.getByRole('navigation', { name: 'Navigation principale' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Guide', 'Argot', 'Dispositifs', 'Orienter', 'Contacts']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/guide',
      '/vocabulary',
      '/schemes',
      '/finder',
      '/contacts',
    ]);
    for (const link of links) expect(link.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Guide' })).toHaveAttribute('aria-current', 'page');
  });

  it.each([
    ['/checklists/referral-cej', 'Decide'],
    ['/table-1', 'Decide'],
    ['/contacts/abc', 'Contacts'],
    ['/directory', 'Schemes'],
  ])('marks the job a page belongs to as current (%s → %s)', async (url, current) => {
    await renderApp(<BottomNav />, { url });
    const marked = screen.getAllByRole('link').filter((link) => link.getAttribute('aria-current') === 'page');
    expect(marked.map((link) => link.textContent)).toEqual([current]);
  });
});

describe('new-contact button', () => {
  it.each(['/', '/contacts'])('is within the thumb’s reach on %s, and opens the form', async (url) => {
    await renderApp(<NewContactFab />, { url, language: 'fr' });
    expect(screen.getByRole('link', { name: 'Nouveau contact' })).toHaveAttribute('href', '/contacts/new');
  });

  it.each(['/guide', '/contacts/new', '/settings'])('is not shown where it does not belong (%s)', async (url) => {
    await renderApp(<NewContactFab />, { url });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
