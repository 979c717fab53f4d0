/**
 * What the app layout needs from the sync feature, in one lazy chunk (the first route never waits for Dexie
 * or zod): the header indicator, the "unsynced for 3 days" notice, and the start of the sync triggers.
 */
export { SyncIndicator } from './components/sync-indicator';
export { SyncNotice } from './components/sync-notice';
export { startSyncTriggers as startSync } from '../../data/team-sync/sync-triggers';
