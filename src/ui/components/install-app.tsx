/**
 * "Install the app" block shared by the home page and the settings: the browser's install prompt when it
 * offers one, Add-to-Home-Screen steps on iOS Safari (which has no prompt and deletes a site's data after 7
 * days without a visit, unless the app is installed).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIosSafari, promptInstall } from '../../platform/pwa/install-prompt';
import { useHydrated } from '../../platform/hydration/use-hydrated';
import { usePwa } from '../../platform/pwa/pwa-store';
import './install-app.css';

type Outcome = 'waiting' | 'accepted' | 'dismissed' | 'failed';

interface Props {
  /** Heading level of the block's title, so it fits the page's outline. */
  headingLevel?: 2 | 3;
  /**
   * Also show the block when there is nothing to do (installed, or the browser offers no install): the
   * settings page reports the state; the home page stays quiet.
   */
  showStatus?: boolean;
}

export function InstallApp({ headingLevel = 2, showStatus = false }: Props) {
  const { t } = useTranslation();
  const installEvent = usePwa((s) => s.installEvent);
  const installed = usePwa((s) => s.installed);
  // Known only in the browser, after hydration (the prerendered page shows no device-specific block).
  const hydrated = useHydrated();
  const ios = useMemo(() => hydrated && isIosSafari(), [hydrated]);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const canPrompt = Boolean(installEvent) && !installed;
  const showIos = ios && !installed;
  if (!canPrompt && !showIos && !showStatus && !outcome) return null;

  const Heading = `h${headingLevel}` as const;
  const install = () => {
    setOutcome('waiting');
    promptInstall().then(
      (result) => setOutcome(result === 'unavailable' ? 'failed' : result),
      () => setOutcome('failed'),
    );
  };

  return (
    <section className="install-app" aria-labelledby="install-app-title">
      <Heading id="install-app-title">{t('install.title')}</Heading>
      {installed ? (
        <p>{t('install.installed')}</p>
      ) : (
        <>
          <p>{t('install.intro')}</p>
          {canPrompt && (
            <p>
              <button
                type="button"
                className="button button--primary"
                disabled={outcome === 'waiting'}
                onClick={install}
              >
                {t('install.button')}
              </button>
            </p>
          )}
          {showIos && (
            <>
              <p>{t('install.ios.intro')}</p>
              <ol>
                <li>{t('install.ios.step1')}</li>
                <li>{t('install.ios.step2')}</li>
                <li>{t('install.ios.step3')}</li>
              </ol>
              <p className="muted">{t('install.ios.why')}</p>
            </>
          )}
          {!canPrompt && !showIos && !outcome && <p className="muted">{t('install.unavailable')}</p>}
        </>
      )}
      <div role="status" aria-live="polite">
        {outcome === 'waiting' && <p>{t('install.installing')}</p>}
        {outcome === 'accepted' && !installed && <p>{t('install.accepted')}</p>}
        {outcome === 'dismissed' && <p>{t('install.dismissed')}</p>}
        {outcome === 'failed' && <p className="error-text">{t('install.failed')}</p>}
      </div>
    </section>
  );
}
