/** Public API of the lock UI (issue #6): the gate of contacts/referrals pages, settings, and its start. */
export { VaultGate } from './components/vault-gate';
export { LockButton } from './components/lock-button';
export { WhenUnlocked } from './components/when-unlocked';
export { UnlockFirst } from './components/unlock-first';
export { SecuritySettings } from './components/security-settings';
export { startLock } from '../../data/device-lock/start-lock';
