import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePwa, type BeforeInstallPromptEvent } from '../../platform/pwa/pwa-store';
import { renderApp } from '../../../tests/unit/render-app';
import { HomePage } from './home-page';

function fakeInstallEvent(outcome: 'accepted' | 'dismissed') {
  const event = { prompt: vi.fn(), userChoice: Promise.resolve({ outcome }) } as unknown as BeforeInstallPromptEvent;
  return { event };
}

beforeEach(() => {
  usePwa.setState({ installEvent: undefined, installed: false, offlineReady: false });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('HomePage', () => {
  it('links to every part of the app', async () => {
    await renderApp(<HomePage />);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Parts of the app' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/guide',
      '/vocabulary',
      '/schemes',
      '/directory',
      '/finder',
      '/checklists',
      '/table-1',
      '/favourites',
      '/contacts',
    ]);
    expect(screen.getByRole('link', { name: 'New contact' })).toHaveAttribute('href', '/contacts/new');
    expect(within(nav).getByRole('link', { name: /Trafficking slang/ })).toHaveAttribute('href', '/vocabulary');
    expect(within(nav).getByRole('link', { name: /Table 1: factors and responses/ })).toBeInTheDocument();
  });

  it('shows no install card even when the browser offers installation (the timed invitation does)', async () => {
    usePwa.setState({ installEvent: fakeInstallEvent('accepted').event, offlineReady: true });
    await renderApp(<HomePage />, { language: 'fr' });
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Installer l’application' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Disponible hors ligne/)).not.toBeInTheDocument();
  });

  it('keeps the database and the features out of the first route (static import graph)', () => {
    const sources = import.meta.glob<string>('/src/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = sources[file] ?? '';
      // Imports and re-exports ("export { X } from './x'"), type-only ones aside.
      const specs = source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm);
      for (const [, spec = ''] of specs) {
        // The one exception: the search feature's shell API (its field), whose engine and index load lazily.
        if (!spec.endsWith('/features/search'))
          expect(spec, `${file} imports ${spec}`).not.toMatch(/^dexie|^virtual:|\/db\/|\/features\//);
        if (!spec.startsWith('.') || spec.endsWith('.css')) continue;
        const base = new URL(spec, `file://${file}`).pathname;
        const next = [`${base}.tsx`, `${base}.ts`, `${base}/index.ts`].find((candidate) => candidate in sources);
        if (next) visit(next);
      }
    };
    visit('/src/app/pages/home-page.tsx');
    expect([...seen]).not.toContain('/src/ui/components/install-app.tsx');
    expect([...seen]).toContain('/src/features/search/components/search-field.tsx');
    expect(
      [...seen].filter((file) => /\/search\/(engine|searcher|components\/search-(view|results))/.test(file)),
    ).toEqual([]);
  });
});
