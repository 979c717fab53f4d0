import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { testContentPack } from '../../../../tests/unit/test-content';
import { SchemeDirectory } from './scheme-directory';

const pack = testContentPack();

function LocationProbe() {
  return <span data-testid="search">{useLocation().search}</span>;
}

/** The scheme cards, by the id their title links to. */
const cardIds = () =>
  screen
    .queryAllByRole('link')
    .map((link) => /^\/schemes\/([a-z0-9-]+)$/.exec(link.getAttribute('href') ?? '')?.[1])
    .filter((id): id is string => id !== undefined);

const card = (id: string) => {
  const link = screen.getAllByRole('link').find((l) => l.getAttribute('href') === `/schemes/${id}`);
  const item = link?.closest('li');
  if (!item) throw new Error(`no card for ${id}`);
  return item;
};

describe('SchemeDirectory', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('shows every scheme as a card with names, category, summary and age range', async () => {
    await renderApp(<SchemeDirectory />, { url: '/schemes' });
    expect(await screen.findByText(`${pack.schemes.length} schemes`)).toHaveAttribute('role', 'status');
    expect(cardIds()).toHaveLength(pack.schemes.length);
    const cej = card('cej');
    expect(within(cej).getByRole('heading', { level: 2 })).toHaveTextContent('CEJ Contrat d’engagement jeune');
    expect(cej).toHaveTextContent('Youth Commitment Agreement');
    expect(cej).toHaveTextContent('Employment');
    expect(cej).toHaveTextContent('Ages 16–25');
    expect(cej).toHaveTextContent(/one-year agreement/);
    expect(card('rao')).toHaveTextContent('All ages');
    expect(card('chantiers-educatifs')).toHaveTextContent('Ages 16 and over');
    expect(card('plateforme-signalement')).toHaveTextContent('All ages');
  });

  it('at age 27 keeps CEJ with the disability note, keeps PRIJ without one and drops EPIDE', async () => {
    const user = userEvent.setup();
    await renderApp(
      <>
        <SchemeDirectory />
        <LocationProbe />
      </>,
      { url: '/schemes' },
    );
    await screen.findByText(`${pack.schemes.length} schemes`);
    await user.type(screen.getByRole('spinbutton', { name: 'Age of the young person' }), '27');

    const ids = cardIds();
    expect(ids).toContain('cej');
    expect(ids).toContain('prij');
    expect(ids).not.toContain('epide');
    expect(ids).not.toContain('edi');
    expect(screen.getByRole('status')).toHaveTextContent(`${ids.length} schemes`);
    expect(card('cej')).toHaveTextContent('At 27: only with a recognised disability (up to 29).');
    expect(card('prij')).not.toHaveTextContent(/only with/);
    expect(screen.getByTestId('search')).toHaveTextContent('?age=27');
  });

  it('filters by category, with translated labels', async () => {
    const user = userEvent.setup();
    await renderApp(<SchemeDirectory />, { url: '/schemes' });
    await screen.findByText(`${pack.schemes.length} schemes`);
    const select = screen.getByRole('combobox', { name: 'Category' });
    expect(within(select).getByRole('option', { name: 'All categories' })).toBeInTheDocument();
    await user.selectOptions(select, 'Employment');

    const employment = pack.schemes.filter((s) => s.category === 'employment').map((s) => s.id);
    expect(employment.length).toBeGreaterThan(1);
    expect(cardIds().sort()).toEqual([...employment].sort());
    expect(screen.getByRole('status')).toHaveTextContent(`${employment.length} schemes`);
  });

  it('filters by text, accent-insensitively', async () => {
    const user = userEvent.setup();
    await renderApp(<SchemeDirectory />, { url: '/schemes' });
    await screen.findByText(`${pack.schemes.length} schemes`);
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'ecoles deuxieme chance');
    expect(cardIds()).toEqual(['e2c']);
    expect(screen.getByRole('status')).toHaveTextContent('1 scheme');
  });

  it('reads the filters from the URL and clears them', async () => {
    const user = userEvent.setup();
    await renderApp(<SchemeDirectory />, { url: '/schemes?category=integration&age=17&q=epide', path: '/schemes' });
    expect(await screen.findByText('1 scheme')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveValue('integration');
    expect(screen.getByRole('spinbutton', { name: 'Age of the young person' })).toHaveValue(17);
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveValue('epide');
    expect(cardIds()).toEqual(['epide']);

    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(await screen.findByText(`${pack.schemes.length} schemes`)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveValue('');
    expect(screen.getByRole('spinbutton', { name: 'Age of the young person' })).toHaveValue(null);
  });

  it('flags an impossible age instead of filtering on it', async () => {
    const user = userEvent.setup();
    await renderApp(<SchemeDirectory />, { url: '/schemes' });
    await screen.findByText(`${pack.schemes.length} schemes`);
    const age = screen.getByRole('spinbutton', { name: 'Age of the young person' });
    await user.type(age, '150');
    expect(age).toHaveAttribute('aria-invalid', 'true');
    expect(age).toHaveAccessibleDescription('Enter an age from 0 to 99.');
    expect(cardIds()).toHaveLength(pack.schemes.length);
  });

  it('shows no card and says so when nothing matches', async () => {
    await renderApp(<SchemeDirectory />, { url: '/schemes?category=reporting&age=5&q=school', path: '/schemes' });
    expect(await screen.findByText('No schemes')).toBeInTheDocument();
    expect(screen.getByText(/No scheme matches these filters/)).toBeInTheDocument();
    expect(cardIds()).toEqual([]);
  });

  it('renders in French', async () => {
    const user = userEvent.setup();
    await renderApp(<SchemeDirectory />, { url: '/schemes', language: 'fr' });
    expect(await screen.findByText(`${pack.schemes.length} dispositifs`)).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Catégorie' });
    expect(within(select).getByRole('option', { name: 'Toutes les catégories' })).toBeInTheDocument();
    expect(within(select).getByRole('option', { name: 'Emploi' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Filtrer' })).toBeInTheDocument();
    await user.type(screen.getByRole('spinbutton', { name: 'Âge du jeune' }), '27');
    expect(card('cej')).toHaveTextContent('À 27 ans : seulement avec un handicap reconnu (jusqu’à 29 ans).');
    expect(card('cej')).toHaveTextContent('16–25 ans');
  });
});
