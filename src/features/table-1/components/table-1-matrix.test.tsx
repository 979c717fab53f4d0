import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { Table1Matrix } from './table-1-matrix';

beforeEach(async () => {
  await freshDb();
});

describe('Table1Matrix', () => {
  it('shows the 10 factors in 3 scopes, each response linked to the guide, schemes and checklists', async () => {
    await renderApp(<Table1Matrix headingLevel={2} />, { url: '/guide/table-1' });

    const scopes = await screen.findAllByRole('heading', { level: 2 });
    expect(scopes.map((heading) => heading.textContent)).toEqual(['Minor', 'Family', 'Environment']);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(10);
    // Embedded under the section's h1: the matrix adds none.
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('10 factors shown');

    const minor = screen.getByRole('region', { name: 'Minor' });
    const selfConfidence = within(minor)
      .getByRole('heading', { level: 3, name: /Lack of self-confidence/ })
      .closest('li') as HTMLElement;
    expect(within(selfConfidence).getByText('Developing life skills (within and outside school)')).toBeVisible();
    expect(within(selfConfidence).getByRole('link', { name: /^2\.3 / })).toHaveAttribute('href', '/guide/2-3');
    expect(within(selfConfidence).getByRole('link', { name: 'GBG' })).toHaveAttribute('href', '/schemes/gbg');

    const impunity = within(minor)
      .getByRole('heading', { level: 3, name: 'Feeling of impunity' })
      .closest('li') as HTMLElement;
    expect(within(impunity).getByRole('link', { name: 'RAO' })).toHaveAttribute('href', '/schemes/rao');
    expect(within(impunity).getByRole('link', { name: 'Formal warning (RAO) by the mayor' })).toHaveAttribute(
      'href',
      '/checklists/rao-procedure',
    );
    // Schemes without an acronym show their name.
    const family = screen.getByRole('region', { name: 'Family' });
    expect(
      within(family).getAllByRole('link', {
        name: 'Parenting support schemes supported by the Family Allowance Fund (CAF)',
      })[0],
    ).toHaveAttribute('href', '/schemes/caf-parentalite');
  });

  it('filters by scope', async () => {
    const user = userEvent.setup();
    await renderApp(<Table1Matrix />, { url: '/guide/table-1' });
    await user.selectOptions(await screen.findByLabelText('Factors to show'), 'Family');

    expect(screen.getByRole('status')).toHaveTextContent('2 factors shown');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Family']);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
  });

  it('as a page of its own, gives the table title as the h1', async () => {
    await renderApp(<Table1Matrix headingLevel={1} />, { url: '/table-1' });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Table 1: Factors influencing participation in trafficking and possible responses',
      }),
    ).toBeVisible();
    expect(screen.getByText(/^For illustrative purposes only/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Read the table in the guide' })).toHaveAttribute('href', '/guide/table-1');
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(10);
  });

  it('speaks French', async () => {
    await renderApp(<Table1Matrix />, { url: '/guide/table-1', language: 'fr' });
    const scopes = await screen.findAllByRole('heading', { level: 2 });
    expect(scopes.map((heading) => heading.textContent)).toEqual(['Mineur', 'Famille', 'Environnement']);
    expect(screen.getByRole('status')).toHaveTextContent('10 facteurs affichés');
    expect(screen.getByLabelText('Facteurs à afficher')).toBeVisible();
    expect(screen.getAllByText('Réponses possibles')).toHaveLength(10);
    expect(screen.getAllByText('Dans le guide').length).toBeGreaterThan(10);
  });
});
