import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../tests/unit/render-app';
import { usePwa } from '../../platform/pwa/pwa-store';
import { UpdatePrompt } from './update-prompt';

const initial = usePwa.getState();
afterEach(() => usePwa.setState(initial, true));

async function renderPrompt(onRender: () => void) {
  const i18n = await testI18n('fr');
  render(
    <I18nextProvider i18n={i18n}>
      <Profiler id="update-prompt" onRender={onRender}>
        <UpdatePrompt />
      </Profiler>
    </I18nextProvider>,
  );
}

describe('update prompt', () => {
  it('is not rendered again by a first install’s progress (it reads only what it shows)', async () => {
    const onRender = vi.fn();
    await renderPrompt(onRender);
    const renders = onRender.mock.calls.length;
    for (let done = 1; done <= 20; done++) {
      act(() => usePwa.setState({ installProgress: { done, total: 20 } }));
    }
    act(() => usePwa.setState({ offlineReady: true }));
    expect(onRender).toHaveBeenCalledTimes(renders);
  });

  it('shows when an update waits, and “Later” hides it', async () => {
    await renderPrompt(() => undefined);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    act(() => usePwa.setState({ updateWaiting: true, applyUpdate: () => undefined }));
    expect(screen.getByRole('status')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Plus tard' }).click());
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
