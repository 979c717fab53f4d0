/**
 * Issue #7: the content follows the interface language, each page can be read in the other language with the
 * switch (same URL plus ?lang=), and a deep link with ?lang= opens in that language.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../tests/unit/render-app';
import { testContentPack } from '../../../tests/unit/test-content';
import { inlineToPlainText } from '../../shared/text/inline-markup';
import { GuideSectionRoute } from './guide-pages';
import { SchemeRoute } from './scheme-pages';
import { TermRoute } from './vocabulary-pages';

const en = testContentPack('en');
const fr = testContentPack('fr');
const schemeSummary = (pack: typeof en, id: string) =>
  inlineToPlainText(pack.schemes.find((s) => s.id === id)!.summary);
const sectionTitle = (pack: typeof en, id: string) =>
  inlineToPlainText(pack.guide.sections.find((s) => s.id === id)!.title);

function LocationProbe() {
  const { pathname, search, hash } = useLocation();
  return <p data-testid="location">{`${pathname}${search}${hash}`}</p>;
}

describe('content language', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('shows French content in the French interface, and English on "Lire en anglais"', async () => {
    const user = userEvent.setup();
    await renderApp(
      <>
        <SchemeRoute />
        <LocationProbe />
      </>,
      { url: '/schemes/cej', path: '/schemes/:schemeId', language: 'fr' },
    );
    const frSummary = await screen.findByText(schemeSummary(fr, 'cej'));
    expect(frSummary.closest('[lang]')).toHaveAttribute('lang', 'fr');
    expect(screen.queryByText(schemeSummary(en, 'cej'))).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Lire en anglais' }));
    const enSummary = await screen.findByText(schemeSummary(en, 'cej'));
    expect(enSummary.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(screen.getByTestId('location')).toHaveTextContent('/schemes/cej?lang=en');
    expect(screen.getByText(/Cette page est affichée en anglais/)).toBeInTheDocument();

    // And back: the plain URL means the interface language.
    await user.click(screen.getByRole('link', { name: 'Lire en français' }));
    expect(await screen.findByText(schemeSummary(fr, 'cej'))).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/schemes\/cej$/);
  });

  it('opens a deep link with ?lang=fr in French from the English interface, keeping the language in its links', async () => {
    await renderApp(<GuideSectionRoute />, { url: '/guide/2-1-1?lang=fr', path: '/guide/:sectionId', language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(sectionTitle(fr, '2-1-1').slice(0, 30)) }),
    ).toBeInTheDocument();
    expect(screen.getByText(/This page is shown in French/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read in English' })).toHaveAttribute('href', '/guide/2-1-1');
    // A link inside the French text keeps the reader in French.
    const inText = screen
      .getAllByRole('link')
      .find((link) => link.getAttribute('href')?.startsWith('/guide/appendix-1'));
    expect(inText).toHaveAttribute('href', '/guide/appendix-1?lang=fr');
  });

  it('shows English content in the English interface, with "Read in French"', async () => {
    await renderApp(<TermRoute />, { url: '/vocabulary/nourrice', path: '/vocabulary/:termId', language: 'en' });
    const definition = inlineToPlainText(en.vocabulary.find((v) => v.id === 'nourrice')!.definition);
    await waitFor(() => expect(document.body).toHaveTextContent(definition.slice(0, 40)));
    expect(screen.getByRole('link', { name: 'Read in French' })).toHaveAttribute(
      'href',
      '/vocabulary/nourrice?lang=fr',
    );
    expect(screen.queryByText(/This page is shown in/)).not.toBeInTheDocument();
  });
});
