/**
 * Public API of the on-device vault (issue #6): passcode-wrapped data key, AES-GCM envelopes bound to their
 * record, and the tab's lock state. WebCrypto only. See SECURITY.md for the design and its limits.
 */
export {
  VaultError,
  WrongPasscodeError,
  WeakPasscodeError,
  VaultLockedError,
  TamperedDataError,
  UnsupportedFormatError,
  InvalidParametersError,
  type VaultErrorCode,
} from './errors';
export {
  DEFAULT_PBKDF2_ITERATIONS,
  MAX_PBKDF2_ITERATIONS,
  MIN_PASSCODE_LENGTH,
  SALT_BYTES,
  checkPasscode,
  normalizePasscode,
  type KdfParams,
} from './kdf';
export {
  KEY_RECORD_VERSION,
  changePasscode,
  createKeyRecord,
  keyRecordNeedsUpgrade,
  parseKeyRecord,
  strengthenKeyRecord,
  unlockKeyRecord,
  type KeyRecord,
  type KeyRecordOptions,
} from './key-record';
export {
  ENVELOPE_VERSION,
  IV_BYTES,
  decryptJson,
  encryptJson,
  isEnvelope,
  type Envelope,
  type RecordRef,
} from './envelope';
export {
  DEFAULT_IDLE_TIMEOUT_MS,
  createIdleTimer,
  idleElapsedMs,
  isIdleExpired,
  msUntilIdleLock,
  type IdleClock,
  type IdleTimer,
  type Instant,
} from './idle';
export {
  createVaultSession,
  type LockReason,
  type LockSnapshot,
  type VaultSession,
  type VaultSessionOptions,
} from './vault-session';
export { passcodeProblem, type PasscodeProblem } from './passcode-rule';
export { watchActivity } from './activity';
export { linkTabs, VAULT_CHANNEL } from './tab-link';
import { createVaultSession, type VaultSession } from './vault-session';

let appSession: VaultSession | undefined;

/** The app's one lock state (per tab), created on first use. */
export function getVaultSession(): VaultSession {
  appSession ??= createVaultSession();
  return appSession;
}
