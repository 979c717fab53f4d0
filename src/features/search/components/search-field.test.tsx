import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../tests/unit/render-app';
import { useSearchShortcut } from '../hooks/use-search-shortcut';
import { SearchField } from './search-field';
import { SearchView } from './search-view';

function LocationProbe() {
  const { pathname, search } = useLocation();
  return <p data-testid="location">{`${pathname}${search}`}</p>;
}

/** A page with the header's field, the "/" shortcut, and other controls to type in. */
function PageWithField() {
  useSearchShortcut();
  return (
    <>
      <SearchField id="header-search" />
      <label htmlFor="note">Note</label>
      <textarea id="note" />
      <label htmlFor="done">Done</label>
      <input id="done" type="checkbox" />
      <LocationProbe />
    </>
  );
}

const searchPage = {
  path: '/search',
  element: (
    <>
      <SearchView />
      <LocationProbe />
    </>
  ),
};

describe('SearchField', () => {
  it('is a search box with a visible label, in both languages', async () => {
    await renderApp(<PageWithField />, { url: '/guide' });
    const field = screen.getByRole('searchbox', { name: 'Search' });
    expect(field).toHaveAttribute('type', 'search');
    expect(screen.getByText('Search', { selector: 'label' })).toBeVisible();
    expect(field).toHaveAttribute('aria-keyshortcuts', '/');
    expect(screen.getByRole('search')).toContainElement(field);
  });

  it('says Rechercher in French', async () => {
    await renderApp(<PageWithField />, { url: '/guide', language: 'fr' });
    expect(screen.getByRole('searchbox', { name: 'Rechercher' })).toBeInTheDocument();
  });

  it('opens the search page as the user types, which takes the typing over', async () => {
    await renderApp(<PageWithField />, { url: '/guide', routes: [searchPage] });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'nour');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/search\?q=nour/));
    const pageField = screen.getByRole('searchbox', { name: 'Search' });
    await waitFor(() => expect(pageField).toHaveFocus());
    await userEvent.keyboard('rice');
    expect(pageField).toHaveValue('nourrice');
    const results = await waitFor(
      () => {
        const list = document.querySelector<HTMLElement>('.search-results[data-query="nourrice"]');
        if (!list) throw new Error('no results yet');
        return list;
      },
      { timeout: 10_000 },
    );
    expect(results.querySelector('a')).toHaveAttribute('href', '/vocabulary/nourrice');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/search?q=nourrice'));
  });

  it('goes to the search page on Enter', async () => {
    await renderApp(<PageWithField />, { url: '/guide', routes: [searchPage] });
    screen.getByRole('searchbox', { name: 'Search' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/search$/));
  });

  it('gets the focus with "/" from anywhere, but not while the user types in another field', async () => {
    await renderApp(<PageWithField />, { url: '/guide' });
    const field = screen.getByRole('searchbox', { name: 'Search' });
    expect(field).not.toHaveFocus();
    await userEvent.keyboard('/');
    expect(field).toHaveFocus();
    // The slash was a shortcut, not a character.
    expect(field).toHaveValue('');

    const note = screen.getByRole('textbox', { name: 'Note' });
    await userEvent.click(note);
    await userEvent.keyboard('a/b');
    expect(note).toHaveFocus();
    expect(note).toHaveValue('a/b');

    // A checkbox is not a text field: "/" still jumps to the search.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Done' }));
    await userEvent.keyboard('/');
    expect(field).toHaveFocus();

    // Not with a modifier (a browser or system shortcut).
    note.focus();
    fireEvent.keyDown(document.body, { key: '/', ctrlKey: true });
    expect(note).toHaveFocus();
  });
});
