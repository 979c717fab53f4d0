import { render, screen } from '@testing-library/react';
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
  ] as const)('%s: says why in words, with the detail (%s)', async (language, error, body) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await showError(error, language);
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(screen.getByText(body)).toBeVisible();
    expect(screen.getByText(error.message)).toBeVisible();
    vi.restoreAllMocks();
  });
});
