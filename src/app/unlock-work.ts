/**
 * The work every unlock does across concepts ([S92], [S93], [S90]), handed to the lock as its unlock tasks
 * (src/data/device-lock/unlock-tasks.ts): the lock sits below contacts, the team and the sync, which read its key
 * record, so it cannot call them itself. Installed once at boot (src/app/boot/start-app.tsx); the modules it
 * calls load only when a device unlocks.
 */
import { setUnlockTasks } from '../data/device-lock/unlock-tasks';

export function installUnlockWork(): void {
  setUnlockTasks({
    sealStoredInClear: () => import('./seal-stored-in-clear').then((m) => m.sealStoredInClear()),
    afterUnlock: () => void import('../data/team-sync/sync-triggers').then((m) => m.requestSync('start')),
  });
}
