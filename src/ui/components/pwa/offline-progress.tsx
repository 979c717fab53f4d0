/**
 * First visit: "Preparing offline… 40 %" while the service worker stores the app (progress as it reports it,
 * counted in files stored), then "✓ Available offline" for a few seconds. Only on the visit that installs it:
 * later visits are already offline-ready and show nothing.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePwa } from '../../../platform/pwa/pwa-store';
import { shownPercent } from '../../../shared/install-progress';

/** How long "Available offline" stays before it goes away by itself. */
export const READY_NOTICE_MS = 4_000;

export function OfflineProgress() {
  const { t } = useTranslation();
  const progress = usePwa((s) => s.installProgress);
  const ready = usePwa((s) => s.offlineReady);
  const failed = usePwa((s) => s.installFailed);
  const [closed, setClosed] = useState(false);

  const shownReady = ready && Boolean(progress);
  useEffect(() => {
    if (!shownReady) return;
    const timer = setTimeout(() => setClosed(true), READY_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [shownReady]);

  if (closed || !(progress || failed)) return null;
  if (failed && !ready) {
    return (
      <div className="banner banner--error offline-progress">
        <p role="alert">{t('pwa.offlineFailed')}</p>
        <button type="button" className="button button--small" onClick={() => setClosed(true)}>
          {t('pwa.close')}
        </button>
      </div>
    );
  }
  // Text and bar move together, in the steps the store is updated in (shared/install-progress.ts).
  const value = ready || !progress ? 100 : shownPercent(progress.done, progress.total);
  const fraction = value / 100;
  // A whole number from 0 to 100 in a translated pattern, not Intl.NumberFormat: building one loads the locale's
  // number data, 12 ms of main thread here (~50 ms on a slow phone) on every start of the app, in the task that
  // hydrates the page (a first visit's CPU profile). Only the sign's place differs between French and English.
  const percent = t('pwa.percent', { value });
  return (
    <div className="banner banner--info offline-progress" data-state={ready ? 'ready' : 'preparing'}>
      {/* Announced once per state, not at every percent. */}
      <p role="status" className="offline-progress__label">
        {ready ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('pwa.offlineReady')}
          </>
        ) : (
          t('pwa.preparing')
        )}
      </p>
      {/* Ready, the percent's place stays empty and the bar stays full and silent: the notice keeps its size, so
          nothing in it moves (a layout shift a reader sees, and Lighthouse's CLS counts). */}
      <span className="offline-progress__percent">{ready ? '' : percent}</span>
      {ready ? (
        <progress className="offline-progress__bar" max={1} value={1} aria-hidden="true" />
      ) : (
        <progress
          className="offline-progress__bar"
          max={1}
          value={fraction}
          aria-label={t('pwa.preparing')}
          aria-valuetext={percent}
        />
      )}
    </div>
  );
}
