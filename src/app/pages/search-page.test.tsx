import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../tests/unit/render-app';
import { AppHeader } from '../layout/app-header';
import { HomePage } from './home-page';
import { SearchRoute } from './search-page';

function Layout() {
  return (
    <>
      <AppHeader />
      <main>
        <Outlet />
      </main>
    </>
  );
}

async function renderShell(url: string) {
  const router = createMemoryRouter(
    [
      {
        element: <Layout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'search', element: <SearchRoute /> },
          // Stands for any other page of the app.
          { path: 'guide', element: <h1>Guide</h1> },
        ],
      },
    ],
    { initialEntries: [url] },
  );
  render(
    <I18nextProvider i18n={await testI18n('en')}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return router;
}

const searchboxes = () => screen.queryAllByRole('searchbox');

describe('search in the app shell', () => {
  it('has at most one search field per page: the header holds a search button, not a field', async () => {
    const router = await renderShell('/guide');
    expect(searchboxes()).toHaveLength(0);
    expect(screen.getByRole('banner')).toContainElement(screen.getByRole('link', { name: 'Search' }));
    expect(screen.getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search');

    await router.navigate('/');
    await screen.findByRole('heading', { level: 1, name: 'The LIMITS guide in your pocket' });
    expect(searchboxes()).toHaveLength(1);
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('searchbox', { name: 'Search' }));

    await router.navigate('/search?q=chouf');
    await screen.findByRole('heading', { level: 1, name: 'Search the guide' });
    expect(searchboxes()).toHaveLength(1);
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('searchbox', { name: 'Search' }));
  });

  it('"/" on a page without a field opens the full-screen search, its field focused', async () => {
    const router = await renderShell('/guide');
    await userEvent.keyboard('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    await waitFor(() => expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus());
  });

  it('searches from the home screen box: results as the user types, in the search page', async () => {
    const router = await renderShell('/');
    await userEvent.keyboard('/');
    const homeBox = screen.getByRole('searchbox', { name: 'Search' });
    expect(homeBox).toHaveFocus();
    await userEvent.keyboard('defaucher');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    const field = screen.getByRole('searchbox', { name: 'Search' });
    await waitFor(() => expect(field).toHaveValue('defaucher'));
    expect(field).toHaveFocus();
    // The first search loads the index (a large module for the test runner to transform).
    const first = await screen.findByRole('link', { name: '(Se) défaucher' }, { timeout: 10_000 });
    expect(first).toHaveAttribute('href', '/vocabulary/defaucher');
    await waitFor(() => expect(router.state.location.search).toBe('?q=defaucher'));
  });
});
