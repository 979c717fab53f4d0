import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, useLocation, useNavigate } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { VocabularyList } from './vocabulary-list';

/** Shows the URL's query, so tests can check the filter is kept in it. */
function LocationProbe() {
  return <span data-testid="search">{useLocation().search}</span>;
}

function BackButton() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate(-1)}>
      back
    </button>
  );
}

const termLinks = () =>
  screen.queryAllByRole('link').filter((link) => /^\/vocabulary\/[a-z0-9-]+$/.test(link.getAttribute('href') ?? ''));

describe('VocabularyList', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('lists all 21 terms A–Z under letter headings, with a jump bar of the letters that have terms', async () => {
    await renderApp(<VocabularyList />, { url: '/vocabulary' });
    expect(await screen.findByText('21 terms')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 1, name: 'Trafficking slang' })).toBeInTheDocument();
    const links = termLinks();
    expect(links).toHaveLength(21);
    expect(links[0]).toHaveTextContent('Arah');
    expect(screen.getByRole('link', { name: 'Guetteur / chouf' })).toHaveAttribute('href', '/vocabulary/guetteur');

    const jumpBar = screen.getByRole('navigation', { name: 'Jump to a letter' });
    const letters = within(jumpBar)
      .getAllByRole('link')
      .map((link) => link.textContent);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(letters).toEqual(headings);
    expect(letters).toContain('N');
    expect(letters).not.toContain('Z');
    expect(within(jumpBar).getByRole('link', { name: 'N' })).toHaveAttribute('href', '#letter-n');
    expect(document.getElementById('letter-n')).toHaveTextContent('N');

    // Each item: headword(s), English gloss and a one-line excerpt of the definition.
    const nourrice = screen.getByRole('link', { name: 'Nourrice' }).closest('li');
    expect(nourrice).toHaveTextContent('Stash keeper');
    expect(nourrice).toHaveTextContent('A person responsible for storing drugs or money for the network');
  });

  it('filters as you type, without accents, and keeps the filter in the URL', async () => {
    const user = userEvent.setup();
    await renderApp(
      <>
        <VocabularyList />
        <LocationProbe />
      </>,
      { url: '/vocabulary' },
    );
    await screen.findByText('21 terms');
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'defaucher');
    expect(screen.getByRole('status')).toHaveTextContent('1 term');
    expect(termLinks().map((link) => link.textContent)).toEqual(['(Se) défaucher']);
    expect(screen.getByTestId('search')).toHaveTextContent('?q=defaucher');
  });

  it('finds Guetteur / chouf by its English gloss', async () => {
    const user = userEvent.setup();
    await renderApp(<VocabularyList />, { url: '/vocabulary' });
    await screen.findByText('21 terms');
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'Lookout');
    expect(screen.getByRole('link', { name: 'Guetteur / chouf' })).toBeInTheDocument();
    expect(termLinks().length).toBeLessThan(21);
    expect(screen.queryByRole('link', { name: 'Nourrice' })).not.toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    await renderApp(<VocabularyList />, { url: '/vocabulary' });
    await screen.findByText('21 terms');
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'zzzz');
    expect(screen.getByRole('status')).toHaveTextContent('No terms');
    expect(screen.getByText(/No term matches “zzzz”/)).toBeInTheDocument();
    expect(termLinks()).toHaveLength(0);
  });

  it('restores the filter from the URL on reload', async () => {
    await renderApp(<VocabularyList />, { url: '/vocabulary?q=nourrice', path: '/vocabulary' });
    expect(await screen.findByText('2 terms')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveValue('nourrice');
  });

  it('keeps the filter when going back from a term page', async () => {
    const user = userEvent.setup();
    await renderApp(<VocabularyList />, {
      url: '/vocabulary',
      routes: [{ path: '/vocabulary/:termId', element: <BackButton /> }],
    });
    await screen.findByText('21 terms');
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'nourrice');
    await user.click(screen.getByRole('link', { name: 'Nourrice' }));
    await user.click(await screen.findByRole('button', { name: 'back' }));
    expect(await screen.findByRole('searchbox', { name: 'Filter' })).toHaveValue('nourrice');
    expect(await screen.findByText('2 terms')).toBeInTheDocument();
  });

  it('clears the filter when a link leads to the bare list', async () => {
    const user = userEvent.setup();
    await renderApp(
      <>
        <Link to="/vocabulary">nav</Link>
        <VocabularyList />
      </>,
      { url: '/vocabulary?q=nourrice', path: '/vocabulary' },
    );
    await screen.findByText('2 terms');
    await user.click(screen.getByRole('link', { name: 'nav' }));
    expect(await screen.findByText('21 terms')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveValue('');
  });

  it('renders in French', async () => {
    await renderApp(<VocabularyList />, { url: '/vocabulary', language: 'fr' });
    expect(await screen.findByText('21 termes')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Argot des trafics' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Filtrer' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Aller à une lettre' })).toBeInTheDocument();
  });
});
