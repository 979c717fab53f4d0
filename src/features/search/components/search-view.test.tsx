import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../tests/unit/render-app';
import { SearchView } from './search-view';

/** Shows the URL, so a test can check where a link or the field leads. */
function LocationProbe() {
  const { pathname, search, hash } = useLocation();
  return <p data-testid="location">{`${pathname}${search}${hash}`}</p>;
}

const otherPages = [{ path: '*', element: <LocationProbe /> }];

async function renderSearch(url = '/search', language: 'en' | 'fr' = 'en') {
  await renderApp(
    <>
      <SearchView />
      <LocationProbe />
    </>,
    { url, path: '/search', routes: otherPages, language },
  );
}

/**
 * The results on screen once they answer `query` (the list says which query it shows). The first search of
 * a test file loads the index, a large module for the test runner to transform: hence the long timeout.
 */
async function resultsFor(query: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const results = document.querySelector<HTMLElement>(`.search-results[data-query="${query}"]`);
      if (!results) throw new Error(`no results for ${query} yet`);
      return results;
    },
    { timeout: 10_000 },
  );
}

const resultLinks = (container: HTMLElement) => within(container).queryAllByRole('link');

describe('SearchView', () => {
  it('finds Guetteur / chouf first as "chuf" is typed, with the matched word marked', async () => {
    await renderSearch();
    const field = screen.getByRole('searchbox', { name: 'Search' });
    // An empty search page is there to type in.
    expect(field).toHaveFocus();
    await userEvent.type(field, 'chuf');
    const results = await resultsFor('chuf');
    const [first] = resultLinks(results);
    expect(first).toHaveTextContent('Guetteur / chouf');
    expect(first).toHaveAttribute('href', '/vocabulary/guetteur');
    expect(within(first!).getByText('chouf').tagName).toBe('MARK');
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ results? for “chuf”$/);
    // The query goes into the URL once the typing pauses: the page is a deep link.
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/search?q=chuf'));
    expect(document.title).toBe('“chuf” – Search · LIMITS Terrain');
    // The first test loads the index of both languages (transformed by the test runner on first use).
  }, 20_000);

  it('groups the results by kind, the group of the best result first, snippets marking the matched words', async () => {
    await renderSearch('/search?q=e2c');
    const results = await resultsFor('e2c');
    const headings = within(results).getAllByRole('heading', { level: 2 });
    expect(headings[0]).toHaveTextContent(/^Schemes \(\d+\)$/);
    expect(headings.map((h) => h.textContent?.replace(/ \(\d+\)$/, ''))).toEqual(
      expect.arrayContaining(['Schemes', 'Checklists']),
    );
    const schemes = headings[0]!.closest('section')!;
    expect(resultLinks(schemes)[0]).toHaveAttribute('href', '/schemes/e2c');
    expect(within(results).getAllByRole('list').length).toBe(headings.length);
    expect(results.querySelectorAll('.search-result__snippet mark').length).toBeGreaterThan(0);
  });

  it('opens a guide example at its anchor', async () => {
    await renderSearch('/search?q=forum%20theatre');
    const results = await resultsFor('forum theatre');
    const [first] = resultLinks(results);
    expect(first).toHaveAttribute('href', '/guide/2-1-1#example-lille-forum-theatre');
    await userEvent.click(first!);
    expect(await screen.findByTestId('location')).toHaveTextContent('/guide/2-1-1#example-lille-forum-theatre');
  });

  it('says when nothing matched and suggests close terms that run their search', async () => {
    await renderSearch('/search?q=gueztoour');
    const results = await resultsFor('gueztoour');
    expect(screen.getByRole('status')).toHaveTextContent('No results for “gueztoour”');
    expect(within(results).getByText(/Nothing in the guide/)).toBeInTheDocument();
    const suggestions = within(results).getByRole('list', { name: /Close terms/ });
    const suggestion = within(suggestions).getByRole('link', { name: 'Guetteur' });
    expect(suggestion).toHaveAttribute('href', '/search?q=Guetteur');
    await userEvent.click(suggestion);
    const found = await resultsFor('Guetteur');
    expect(resultLinks(found)[0]).toHaveTextContent('Guetteur / chouf');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('Guetteur');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
  });

  it('moves from the field into the results and between them with the arrow keys', async () => {
    await renderSearch('/search?q=nourrice');
    const results = await resultsFor('nourrice');
    const links = resultLinks(results);
    const field = screen.getByRole('searchbox', { name: 'Search' });
    field.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(links[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(links[1]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(field).toHaveFocus();
    // Enter goes to the results too.
    await userEvent.keyboard('{Enter}');
    expect(links[0]).toHaveFocus();
  });

  it('works in French, and shows a prompt for an empty query', async () => {
    await renderSearch('/search', 'fr');
    expect(screen.getByRole('heading', { level: 1, name: 'Rechercher dans le guide' })).toBeInTheDocument();
    expect(screen.getByText(/Tapez un mot entendu/)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'lookout');
    const results = await resultsFor('lookout');
    expect(within(results).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent(/^Vocabulaire/);
    expect(screen.getByRole('status')).toHaveTextContent(/résultats? pour « lookout »/);
  });
});
