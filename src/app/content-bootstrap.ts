/**
 * Starts the on-device content database after the first paint: seeds it on the first visit or when the
 * bundled content pack changed, and reports progress and failures to the layout as translated state.
 * The work runs in a dedicated worker where the browser has module workers, else on the main thread.
 */
import type { SeedWorkerMessage } from '../db/seed-worker-messages';
import { requestPersistentStorage } from '../pwa/storage-persistence';
import { useContentStatus } from '../stores/content-status-store';

export interface SeedFailure {
  name: string;
  innerName?: string;
  message: string;
}

export function contentErrorKey({ name, innerName }: Pick<SeedFailure, 'name' | 'innerName'>): string {
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') return 'content.errors.quota';
  if (['MissingAPIError', 'InvalidStateError', 'OpenFailedError', 'SecurityError'].includes(name)) {
    return 'content.errors.unavailable';
  }
  return 'content.errors.generic';
}

function toFailure(error: unknown): SeedFailure {
  const named = error as { name?: string; inner?: { name?: string } } | null;
  return {
    name: named?.name ?? 'Error',
    innerName: named?.inner?.name,
    message: error instanceof Error ? error.message : String(error),
  };
}

function seedInWorker(onProgress: (done: number, total: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../db/seed-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<SeedWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.done, message.total);
      else {
        worker.terminate();
        if (message.type === 'done') resolve();
        else reject(message);
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject({ name: 'WorkerError', message: event.message });
    });
    worker.postMessage('seed');
  });
}

async function seedOnMainThread(onProgress: (done: number, total: number) => void): Promise<void> {
  const [{ getDb }, { ensureContentSeeded }, { loadBundledPacks }, { default: meta }] = await Promise.all([
    import('../db/db'),
    import('../db/seed-content'),
    import('../db/bundled-packs'),
    import('virtual:content-pack/meta'),
  ]);
  await ensureContentSeeded(
    getDb(),
    { version: meta.version, langs: meta.langs },
    () => loadBundledPacks(meta.langs),
    onProgress,
  );
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
  const onProgress = (done: number, total: number) => set({ phase: 'seeding', progress: total > 0 ? done / total : 1 });
  try {
    if (typeof Worker === 'function') {
      try {
        await seedInWorker(onProgress);
      } catch (error) {
        // A browser that cannot start module workers (old engines): do the same work here instead.
        if ((error as SeedFailure).name !== 'WorkerError') throw error;
        await seedOnMainThread(onProgress);
      }
    } else {
      await seedOnMainThread(onProgress);
    }
    set({ phase: 'ready', progress: 1 });
    // Asked once content is stored: that is when eviction would cost the user something.
    void requestPersistentStorage().catch(() => false);
  } catch (error) {
    const failure =
      'message' in (error as object) && 'name' in (error as object) ? (error as SeedFailure) : toFailure(error);
    set({ phase: 'error', errorKey: contentErrorKey(failure), errorDetail: `${failure.name}: ${failure.message}` });
  }
}
