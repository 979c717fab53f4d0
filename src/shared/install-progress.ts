/**
 * The message the service worker (src/sw/sw.ts) posts to the open pages while its first install stores the
 * app for offline use, read by src/platform/pwa/register-service-worker.ts. Shared so both sides agree on its shape.
 */
export const INSTALL_PROGRESS = 'limits-install-progress';

export interface InstallProgressMessage {
  type: typeof INSTALL_PROGRESS;
  /** Files stored so far. */
  done: number;
  /** Files the install stores in all (the common precache plus the reader's edition). */
  total: number;
}

export function isInstallProgress(data: unknown): data is InstallProgressMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<InstallProgressMessage>;
  return (
    message.type === INSTALL_PROGRESS &&
    typeof message.done === 'number' &&
    typeof message.total === 'number' &&
    message.total > 0
  );
}

/**
 * The notice moves in steps of 5 %. The worker reports every stored file (110 for a French reader) and each
 * update re-renders the notice synchronously (a store update): at every whole percent, a first visit's CPU profile
 * here counted 63 such renders in its first 4 s, 1–11 ms of main thread each, while the page hydrated.
 */
const PROGRESS_STEP_PERCENT = 5;

/** What the notice shows for `done` of `total` files: a percent, rounded down to its step. */
export function shownPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  if (done >= total) return 100;
  return Math.floor((done / total) * (100 / PROGRESS_STEP_PERCENT)) * PROGRESS_STEP_PERCENT;
}

/** Whether a progress message changes what the page shows ({@link shownPercent}, or the end). */
export function movesProgress(
  shown: { done: number; total: number } | undefined,
  done: number,
  total: number,
): boolean {
  if (!shown || done >= total) return true;
  return shownPercent(shown.done, shown.total) !== shownPercent(done, total);
}
