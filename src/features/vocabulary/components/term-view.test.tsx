import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { TermView } from './term-view';

function renderTerm(id: string, language: 'en' | 'fr' = 'en') {
  return renderApp(
    <TermView id={id} actions={<button type="button">slot action</button>} notFound={<p>no such term</p>} />,
    { url: `/vocabulary/${id}`, language },
  );
}

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).nextElementSibling as HTMLElement;

describe('TermView', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('shows nourrice: headword, gloss, definition, related terms and guide sections as links', async () => {
    await renderTerm('nourrice');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nourrice' })).toBeInTheDocument();
    expect(screen.getByText('Stash keeper')).toBeInTheDocument();
    expect(screen.getByText('nourrices')).toBeInTheDocument();
    expect(screen.getByText(/storing drugs or money for the network/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'slot action' })).toBeInTheDocument();

    const related = within(section('Related terms'));
    expect(related.getByRole('link', { name: 'Transporteur / ravitailleur' })).toHaveAttribute(
      'href',
      '/vocabulary/transporteur',
    );
    expect(related.getByRole('link', { name: 'Four' })).toHaveAttribute('href', '/vocabulary/four');

    const sections = within(section('Where the guide uses it'));
    expect(sections.getByRole('link', { name: /Appendix 2: The vocabulary of trafficking/ })).toHaveAttribute(
      'href',
      '/guide/appendix-2',
    );
    expect(within(section('Source')).getByRole('link')).toHaveAttribute('href', '/guide/appendix-2');
  });

  it('numbers guide sections and shows notes and variants', async () => {
    await renderTerm('guetteur');
    expect(await screen.findByRole('heading', { level: 1, name: 'Guetteur / chouf' })).toBeInTheDocument();
    expect(screen.getByText('Also heard as').nextElementSibling).toHaveTextContent(/chouffeur/);
    // Spellings the project added are said to be the project's, not the guide's.
    expect(
      screen.getByText('Of these, added by the project (heard in the field, not in the guide)').nextElementSibling,
    ).toHaveTextContent('chouffeur, chouffeurs, faire le chouf, faire le guet');
    expect(within(section('Where the guide uses it')).getByRole('link', { name: /4\.2\.2/ })).toHaveAttribute(
      'href',
      '/guide/4-2-2',
    );
    expect(within(section('Good to know')).getAllByRole('listitem')).toHaveLength(2);
  });

  it("marks a gloss the guide does not give as the project's (aspirant)", async () => {
    await renderTerm('aspirant');
    await screen.findByRole('heading', { level: 1, name: 'Aspirant' });
    expect(screen.getByText('In English').nextElementSibling).toHaveTextContent(
      "Would-be recruit (the project's gloss: the guide gives none)",
    );
  });

  it('says when a term comes from the guide text rather than Appendix 2', async () => {
    await renderTerm('basculement');
    await screen.findByRole('heading', { level: 1, name: 'basculement' });
    expect(section('Source')).toHaveTextContent('Explained in the text of the guide');
  });

  it('renders the not-found slot for an unknown term', async () => {
    await renderTerm('no-such-term');
    expect(await screen.findByText('no such term')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it('renders its labels in French', async () => {
    await renderTerm('nourrice', 'fr');
    await screen.findByRole('heading', { level: 1, name: 'Nourrice' });
    expect(screen.getByText('En anglais')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Termes liés' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Où le guide l’emploie' })).toBeInTheDocument();
  });
});
