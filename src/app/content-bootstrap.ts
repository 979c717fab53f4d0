/**
 * Starts the on-device content database after the first paint: seeds it on the first visit or when the
 * bundled content pack changed, and reports progress and failures to the layout as translated state.
 */
import { requestPersistentStorage } from '../pwa/storage-persistence';
import { useContentStatus } from '../stores/content-status-store';

export function contentErrorKey(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'content.errors.quota';
  if (['MissingAPIError', 'InvalidStateError', 'OpenFailedError', 'SecurityError'].includes(name)) {
    return 'content.errors.unavailable';
  }
  return 'content.errors.generic';
}

let running: Promise<void> | undefined;

export function bootstrapContent(): Promise<void> {
  running ??= run().finally(() => {
    running = undefined;
  });
  return running;
}

async function run(): Promise<void> {
  const { set } = useContentStatus.getState();
  set({ phase: 'checking', errorKey: undefined, errorDetail: undefined });
  try {
    const [{ getDb }, { ensureContentSeeded }, { default: meta }] = await Promise.all([
      import('../db/db'),
      import('../db/seed-content'),
      import('virtual:content-pack/meta'),
    ]);
    await ensureContentSeeded(
      getDb(),
      { version: meta.version, lang: 'en' },
      async () => (await import('virtual:content-pack/en')).default,
      (done, total) => set({ phase: 'seeding', progress: total > 0 ? done / total : 1 }),
    );
    set({ phase: 'ready', progress: 1 });
    // Asked once content is stored: that is when eviction would cost the user something.
    void requestPersistentStorage().catch(() => false);
  } catch (error) {
    set({
      phase: 'error',
      errorKey: contentErrorKey(error),
      errorDetail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
}
