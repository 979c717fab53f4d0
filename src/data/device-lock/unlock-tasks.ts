/**
 * What an unlock must also do in the modules above the lock ([S92], [S93], [S90]): seal what contacts and the
 * team stored in clear before the passcode, then ask for a sync. The lock knows none of those modules (they
 * import it: the key record decides how they store), so the app, which sits above all of them, hands the work
 * over once at boot (src/app/unlock-work.ts) and start-lock.ts runs it at every unlock.
 * No import here: the app's first chunk sets the tasks without loading the lock, the database or any crypto.
 */
export interface UnlockTasks {
  /** Seals what was stored in clear; throws when it could not finish (the next unlock continues). */
  sealStoredInClear: () => Promise<void>;
  /** Runs after sealing and the retention purge. */
  afterUnlock: () => void;
}

let tasks: UnlockTasks | undefined;

export function setUnlockTasks(next: UnlockTasks): void {
  tasks = next;
}

/** Undefined until the app set them (a unit test of the lock alone): the lock's own work still runs. */
export function getUnlockTasks(): UnlockTasks | undefined {
  return tasks;
}
