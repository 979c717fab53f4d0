import { useTranslation } from 'react-i18next';
import { usePwa } from '../../platform/pwa/pwa-store';

/**
 * "New version available": a non-modal banner. The app never reloads by itself, so a half-filled form is
 * never lost; the user reloads when ready.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  // One selector each: the whole store would re-render the prompt at every step of a first install's progress.
  const updateWaiting = usePwa((s) => s.updateWaiting);
  const applyUpdate = usePwa((s) => s.applyUpdate);
  const set = usePwa((s) => s.set);
  if (!updateWaiting || !applyUpdate) return null;
  return (
    <div className="banner banner--info" role="status">
      <p>{t('pwa.updateAvailable')}</p>
      <div className="banner__actions">
        <button type="button" className="button button--primary" onClick={applyUpdate}>
          {t('pwa.reload')}
        </button>
        <button type="button" className="button" onClick={() => set({ updateWaiting: false })}>
          {t('pwa.later')}
        </button>
      </div>
    </div>
  );
}
