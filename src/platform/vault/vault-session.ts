/**
 * The lock state of this tab. The data key lives only here, in memory (a non-extractable CryptoKey): locking
 * drops the reference, and nothing the vault writes to storage can be opened without the passcode again.
 * Subscribable for React (`useSyncExternalStore(session.subscribe, session.getSnapshot)`).
 */
import { VaultLockedError } from './errors';
import { decryptJson, encryptJson, type Envelope, type RecordRef } from './envelope';
import { browserIdleClock, createIdleTimer, DEFAULT_IDLE_TIMEOUT_MS, type IdleClock } from './idle';
import { unlockKeyRecord } from './key-record';

/** Why the vault is locked: 'other-tab' when the user locked (or signed out) in another tab of the app. */
export type LockReason = 'startup' | 'manual' | 'idle' | 'sign-out' | 'other-tab';

export type LockSnapshot = { status: 'locked'; reason: LockReason } | { status: 'unlocked'; since: number };

export interface VaultSession {
  getSnapshot: () => LockSnapshot;
  subscribe: (listener: () => void) => () => void;
  readonly unlocked: boolean;
  /** Opens the stored key record with `passcode` (WrongPasscodeError otherwise) and starts the idle timer. */
  unlock: (keyRecord: unknown, passcode: string) => Promise<void>;
  /** Adopts a key obtained elsewhere (right after `createKeyRecord`, or a future WebAuthn unlock). */
  unlockWith: (key: CryptoKey) => void;
  lock: (reason?: LockReason) => void;
  /** The data key, or VaultLockedError. */
  requireKey: () => CryptoKey;
  encrypt: (value: unknown, ref: RecordRef) => Promise<Envelope>;
  decrypt: <T = unknown>(envelope: unknown, ref: RecordRef) => Promise<T>;
  /** User activity (resets the idle countdown). */
  touch: () => void;
  /** Re-checks the idle deadline now (visibilitychange, pageshow, focus). */
  checkIdle: () => void;
  setIdleTimeoutMs: (timeoutMs: number) => void;
}

export interface VaultSessionOptions {
  idleTimeoutMs?: number;
  clock?: IdleClock;
}

export function createVaultSession(options: VaultSessionOptions = {}): VaultSession {
  const clock = options.clock ?? browserIdleClock;
  let key: CryptoKey | undefined;
  let snapshot: LockSnapshot = { status: 'locked', reason: 'startup' };
  // Bumped by every lock: an unlock still deriving its key when the user locks must not unlock afterwards.
  let generation = 0;
  const listeners = new Set<() => void>();

  const publish = (next: LockSnapshot) => {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };

  const lock = (reason: LockReason = 'manual') => {
    generation += 1;
    idle.stop();
    const wasUnlocked = key !== undefined;
    key = undefined;
    if (wasUnlocked || snapshot.status !== 'locked' || snapshot.reason !== reason) {
      publish({ status: 'locked', reason });
    }
  };

  const idle = createIdleTimer(
    { timeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS, onIdle: () => lock('idle') },
    clock,
  );

  const unlockWith = (next: CryptoKey) => {
    if (next.extractable) throw new TypeError('The data key must be non-extractable');
    key = next;
    idle.start();
    publish({ status: 'unlocked', since: clock.now().wall });
  };

  const requireKey = () => {
    if (!key) throw new VaultLockedError();
    return key;
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get unlocked() {
      return key !== undefined;
    },
    async unlock(keyRecord, passcode) {
      const started = generation;
      const next = await unlockKeyRecord(keyRecord, passcode);
      if (started !== generation) throw new VaultLockedError();
      unlockWith(next);
    },
    unlockWith,
    lock,
    requireKey,
    // async so that a locked vault is a rejected promise, never a synchronous throw.
    encrypt: async (value, ref) => encryptJson(requireKey(), value, ref),
    async decrypt<T>(envelope: unknown, ref: RecordRef): Promise<T> {
      const started = generation;
      const result = await decryptJson<T>(requireKey(), envelope, ref);
      // Locked while decrypting: the plaintext is not handed to a screen that should now be hidden.
      if (started !== generation) throw new VaultLockedError();
      return result;
    },
    touch: () => idle.touch(),
    checkIdle: () => idle.check(),
    setIdleTimeoutMs: (timeoutMs) => idle.setTimeoutMs(timeoutMs),
  };
}
