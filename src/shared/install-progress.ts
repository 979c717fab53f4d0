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

const wholePercent = (done: number, total: number) => (total > 0 ? Math.floor((done / total) * 100) : 0);

/**
 * Whether a progress message changes what the page shows (a whole percent, or the end). The worker reports
 * every stored file — hundreds on a first visit — and each update re-renders the notice on a busy phone.
 */
export function movesProgress(
  shown: { done: number; total: number } | undefined,
  done: number,
  total: number,
): boolean {
  if (!shown || done >= total) return true;
  return wholePercent(shown.done, shown.total) !== wholePercent(done, total);
}
