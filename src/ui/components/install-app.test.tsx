import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePwa, type BeforeInstallPromptEvent } from '../../platform/pwa/pwa-store';
import { renderApp } from '../../../tests/unit/render-app';
import { InstallApp } from './install-app';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

function fakeInstallEvent(outcome: 'accepted' | 'dismissed') {
  const prompt = vi.fn(() => Promise.resolve());
  const event = { prompt, userChoice: Promise.resolve({ outcome }) } as unknown as BeforeInstallPromptEvent;
  return { event, prompt };
}

beforeEach(() => {
  usePwa.setState({ installEvent: undefined, installed: false, offlineReady: false });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('InstallApp (the settings entry)', () => {
  it('stays quiet without a browser offer unless asked for its status', async () => {
    await renderApp(<InstallApp />);
    expect(screen.queryByRole('heading', { name: 'Install the app' })).not.toBeInTheDocument();
  });

  it('shows an Install button when the browser offers installation, and prompts on click', async () => {
    const { event, prompt } = fakeInstallEvent('accepted');
    usePwa.setState({ installEvent: event });
    await renderApp(<InstallApp showStatus />);
    await userEvent.click(screen.getByRole('button', { name: 'Install the app' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/The app is being installed/)).toBeInTheDocument();
    // The offer is used up: the browser's prompt can only be shown once.
    expect(usePwa.getState().installEvent).toBeUndefined();
    expect(screen.queryByRole('button', { name: 'Install the app' })).not.toBeInTheDocument();
  });

  it('says so when the user declines the install prompt', async () => {
    usePwa.setState({ installEvent: fakeInstallEvent('dismissed').event });
    await renderApp(<InstallApp showStatus />);
    await userEvent.click(screen.getByRole('button', { name: 'Install the app' }));
    expect(await screen.findByText(/Installation cancelled/)).toBeInTheDocument();
  });

  it('explains Add to Home Screen on iOS Safari, in French', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE_SAFARI);
    await renderApp(<InstallApp />, { language: 'fr' });
    expect(screen.getByRole('heading', { name: 'Installer l’application' })).toBeInTheDocument();
    expect(screen.getByText('Choisissez « Sur l’écran d’accueil ».')).toBeInTheDocument();
    expect(screen.getByText(/7 jours sans visite/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('hides the iOS steps once the app is installed', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE_SAFARI);
    usePwa.setState({ installed: true });
    await renderApp(<InstallApp showStatus />);
    expect(screen.queryByText(/Add to Home Screen/)).not.toBeInTheDocument();
    expect(screen.getByText('The app is installed on this device.')).toBeInTheDocument();
  });
});
