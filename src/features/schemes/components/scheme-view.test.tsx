import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { SchemeView } from './scheme-view';

function renderScheme(id: string, language: 'en' | 'fr' = 'en') {
  return renderApp(
    <SchemeView id={id} actions={<button type="button">slot action</button>} notFound={<p>no such scheme</p>} />,
    { url: `/schemes/${id}`, language },
  );
}

const after = (name: string) => screen.getByRole('heading', { level: 2, name }).nextElementSibling as HTMLElement;

describe('SchemeView', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('shows CEJ: names, category, age range with the disability extension, conditions and the referral checklist', async () => {
    await renderScheme('cej');
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title).toHaveTextContent('CEJ Contrat d’engagement jeune');
    // The English name is a gloss: shown in English by default, an option in French (src/styles/glosses.css).
    expect(screen.getByText('Youth Commitment Agreement')).toHaveClass('gloss');
    expect(screen.getByText('Employment')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'slot action' })).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'See the referral checklist: the steps to tick off' })).toHaveAttribute(
      'href',
      '/checklists/referral-cej',
    );

    const age = screen.getByText('Age').nextElementSibling as HTMLElement;
    expect(age).toHaveTextContent('Ages 16–25');
    expect(within(age).getByRole('listitem')).toHaveTextContent('Up to 29 with a recognised disability');
    const anyOf = screen.getByText('At least one of').nextElementSibling as HTMLElement;
    expect(
      within(anyOf)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Not in employment, education or training (NEET)', 'Dropped out of school']);

    expect(within(after('What it offers')).getAllByRole('listitem')).toHaveLength(4);
    expect(after('Duration')).toHaveTextContent('One year, extendable by up to six months.');
    expect(after('Allowance')).toHaveTextContent(/Monthly allowance/);
    expect(within(after('How to access it')).getByRole('link', { name: 'local mission' })).toHaveAttribute(
      'href',
      '/schemes/mission-locale',
    );
    expect(within(after('In the guide')).getByRole('link', { name: /2\.4\.2/ })).toHaveAttribute(
      'href',
      '/guide/2-4-2',
    );
    expect(within(after('Official links')).getByRole('link')).toHaveAttribute(
      'href',
      'https://www.1jeune1solution.gouv.fr/contrat-engagement-jeune',
    );
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByRole('link')).toHaveLength(2);
  });

  it('shows required conditions and priority situations (EPIDE)', async () => {
    await renderScheme('epide');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Required').nextElementSibling).toHaveTextContent('At most a CAP or BEP (no baccalauréat)');
    expect(screen.getByText('Particularly relevant for').nextElementSibling).toHaveTextContent(
      'No diploma (or the brevet only)',
    );
    expect(screen.getByText('Ages 17–25')).toBeInTheDocument();
  });

  it('has no referral link when young people are not referred to the scheme', async () => {
    await renderScheme('prisme');
    await screen.findByRole('heading', { level: 1 });
    expect(
      screen.queryByRole('link', { name: 'See the referral checklist: the steps to tick off' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Sources' })).not.toBeInTheDocument();
  });

  it('renders the not-found slot for an unknown scheme', async () => {
    await renderScheme('no-such-scheme');
    expect(await screen.findByText('no such scheme')).toBeInTheDocument();
  });

  it('renders its labels in French', async () => {
    await renderScheme('cej', 'fr');
    await screen.findByRole('heading', { level: 1 });
    expect(
      screen.getByRole('link', { name: 'Voir la fiche d’orientation\u00a0: les étapes à cocher' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Pour qui' })).toBeInTheDocument();
    expect(screen.getByText('16–25 ans')).toBeInTheDocument();
    expect(screen.getByText('Jusqu’à 29 ans avec un handicap reconnu')).toBeInTheDocument();
    expect(screen.getByText('Emploi')).toBeInTheDocument();
  });
});
