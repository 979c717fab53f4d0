import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePwa } from '../../../platform/pwa/pwa-store';
import { usePreferences } from '../../../platform/preferences/preferences-store';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { testContentPack } from '../../../../tests/unit/test-content';
import { SettingsView } from './settings-view';

const original = Object.getOwnPropertyDescriptor(navigator, 'storage');

function stubStorage(storage: Partial<StorageManager> | undefined) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

function fakeStorage(options: { persisted?: boolean; grant?: boolean; estimate?: () => Promise<StorageEstimate> }) {
  let persisted = options.persisted ?? false;
  const persist = vi.fn(async () => {
    persisted = options.grant ?? false;
    return persisted;
  });
  stubStorage({
    persisted: async () => persisted,
    persist,
    estimate: options.estimate ?? (async () => ({ usage: 5_240_000, quota: 2_000_000_000 })),
  });
  return { persist };
}

beforeEach(async () => {
  await freshDb();
  usePreferences.setState({ language: 'fr', theme: 'system', textSize: 100, glosses: null });
  usePwa.setState({ installEvent: undefined, installed: false, offlineReady: false, updateWaiting: false });
  fakeStorage({});
});
afterEach(() => {
  if (original) Object.defineProperty(navigator, 'storage', original);
  else delete (navigator as { storage?: unknown }).storage;
});

describe('SettingsView', () => {
  it('switches the app to English', async () => {
    await renderApp(<SettingsView />, { url: '/settings', language: 'fr' });
    expect(screen.getByRole('heading', { level: 1, name: 'Réglages' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Langue de l’application' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Français' })).toBeChecked();

    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(usePreferences.getState().language).toBe('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Language of the app' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
  });

  it("English glosses: off by default in French, on in English, and the reader's choice sticks", async () => {
    await renderApp(<SettingsView />, { url: '/settings', language: 'fr' });
    const box = screen.getByRole('checkbox', { name: 'Afficher les termes anglais' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/nom anglais de chaque dispositif/);
    await userEvent.click(box);
    expect(usePreferences.getState().glosses).toBe(true);
    expect(box).toBeChecked();

    usePreferences.setState({ glosses: null });
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    const english = await screen.findByRole('checkbox', { name: 'Show English glosses' });
    expect(english).toBeChecked();
    await userEvent.click(english);
    expect(usePreferences.getState().glosses).toBe(false);
    expect(english).not.toBeChecked();
  });

  it('stores the text size and the theme', async () => {
    await renderApp(<SettingsView />, { url: '/settings', language: 'fr' });
    await userEvent.click(screen.getByRole('radio', { name: 'Très grande (200 %)' }));
    expect(usePreferences.getState().textSize).toBe(200);
    expect(screen.getByRole('radio', { name: 'Très grande (200 %)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Normale (100 %)' })).not.toBeChecked();

    await userEvent.click(screen.getByRole('radio', { name: 'Sombres' }));
    expect(usePreferences.getState().theme).toBe('dark');
  });

  it('shows the content pack and the guide edition stored on the device', async () => {
    const pack = testContentPack();
    await renderApp(<SettingsView />, { url: '/settings' });
    expect(await screen.findByText(pack.version)).toBeInTheDocument();
    expect(screen.getByText('Content version')).toBeInTheDocument();
    expect(screen.getByText(/^Limits — Limiting the involvement of minors/)).toBeInTheDocument();
    expect(screen.getByText(/^MILDECA .*, August 2024$/)).toBeInTheDocument();
    expect(screen.getByText('App version').nextElementSibling).toHaveTextContent(__APP_VERSION__);
  });

  it('says the French text is our translation of the English edition and links the official publication', async () => {
    const pack = testContentPack('fr');
    await renderApp(<SettingsView />, { url: '/settings', language: 'fr' });
    expect(await screen.findByText('Notre traduction française de l’édition anglaise')).toBeInTheDocument();
    const official = screen.getByRole('link', { name: /^Limiter l’implication des mineurs/ });
    expect(official).toHaveAttribute('href', pack.edition.official.url);
    expect(official).toHaveAttribute('lang', 'fr');
    expect(
      screen.getByText(/^Le texte français est notre traduction|notre traduction de cette édition anglaise/),
    ).toBeInTheDocument();
  });

  it('asks for persistent storage and reports that it was granted', async () => {
    const { persist } = fakeStorage({ grant: true });
    await renderApp(<SettingsView />, { url: '/settings' });
    expect(await screen.findByText('Storage not persistent.')).toBeInTheDocument();
    expect(screen.getByText('5.2 MB used out of 2,000 MB available to the app.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Ask for persistent storage' }));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/^Granted/)).toBeInTheDocument();
    expect(await screen.findByText('Persistent storage.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask for persistent storage' })).not.toBeInTheDocument();
  });

  it('reports a refusal in French', async () => {
    fakeStorage({ grant: false });
    await renderApp(<SettingsView />, { url: '/settings', language: 'fr' });
    await userEvent.click(await screen.findByRole('button', { name: 'Demander un stockage persistant' }));
    expect(await screen.findByText(/^Refusé par le navigateur/)).toBeInTheDocument();
    expect(screen.getByText(/^5,2 Mo utilisés sur 2 000 Mo/)).toBeInTheDocument();
  });

  it('explains a browser without the storage API', async () => {
    stubStorage(undefined);
    await renderApp(<SettingsView />, { url: '/settings' });
    expect(await screen.findByText(/This browser cannot report or protect/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask for persistent storage' })).not.toBeInTheDocument();
  });

  it('shows a failure to read the quota, and can check again', async () => {
    let fail = true;
    fakeStorage({
      estimate: async () => {
        if (fail) throw new DOMException('estimate blocked', 'UnknownError');
        return { usage: 1_000_000, quota: 50_000_000 };
      },
    });
    await renderApp(<SettingsView />, { url: '/settings' });
    expect(await screen.findByText('The storage status could not be read.')).toBeInTheDocument();
    expect(screen.getByText('UnknownError: estimate blocked')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('1 MB used out of 50 MB available to the app.')).toBeInTheDocument();
  });

  it('shows the service worker state and a waiting update', async () => {
    const applyUpdate = vi.fn();
    usePwa.setState({ offlineReady: true, updateWaiting: true, applyUpdate });
    await renderApp(<SettingsView />, { url: '/settings' });
    expect(screen.getByText('Ready for offline use.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
    // Nothing to install here (no browser offer, not iOS): the block says how instead of hiding.
    expect(screen.getByText(/does not offer installation right now/)).toBeInTheDocument();
  });

  it('has its headings in order', async () => {
    await renderApp(<SettingsView />, { url: '/settings' });
    await screen.findByText(testContentPack().version);
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.slice(1).forEach((level, index) => expect(level - (levels[index] ?? 1)).toBeLessThanOrEqual(1));
    await waitFor(() => expect(screen.queryByText('Checking the storage…')).not.toBeInTheDocument());
  });
});
