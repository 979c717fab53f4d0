import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ContentLoadError } from '../../data/content';
import { testI18n } from '../../../tests/unit/render-app';
import { RouteError } from './route-error';

async function showError(error: Error, language: 'en' | 'fr') {
  const i18n = await testI18n(language);
  function Thrower(): never {
    throw error;
  }
  const router = createMemoryRouter([{ path: '/', element: <Thrower />, errorElement: <RouteError /> }]);
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

describe('RouteError', () => {
  it.each([
    ['en', new ContentLoadError('en', 'HTTP 503'), /guide's text could not be loaded/],
    ['fr', new ContentLoadError('fr', 'HTTP 503'), /texte du guide n’a pas pu être chargé/],
    ['en', new Error('chunk missing'), /Reload the app/],
  ] as const)('%s: says why in words, with the detail one tap away (%s)', async (language, error, body) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await showError(error, language);
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(screen.getByText(body)).toBeVisible();
    // The technical words (English, from the code) are folded under a summary in the reader's language.
    const summary = screen.getByText(language === 'fr' ? /^Détail technique/ : /^Technical detail/);
    const details = summary.closest('details');
    expect(details?.open).toBe(false);
    await userEvent.click(summary);
    expect(details?.open).toBe(true);
    expect(details).toContainElement(screen.getByText(error.message));
    vi.restoreAllMocks();
  });
});
