/**
 * Typed failures of the vault. Callers branch on the class (or on `code`, e.g. to pick a translated message);
 * none of them ever carries key material, passcodes or plaintext, so they are safe to log.
 */
export type VaultErrorCode =
  'wrong-passcode' | 'weak-passcode' | 'locked' | 'tampered' | 'unsupported-format' | 'invalid-parameters';

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'VaultError';
  }
}

/**
 * The passcode did not unwrap the data key. AES-KW's integrity check cannot tell a wrong passcode from a
 * damaged key record; both mean the same to the user: this passcode does not open this device's data.
 */
export class WrongPasscodeError extends VaultError {
  constructor() {
    super('wrong-passcode', 'The passcode does not open this vault');
    this.name = 'WrongPasscodeError';
  }
}

/** The new passcode is refused by the policy (see `checkPasscode`). */
export class WeakPasscodeError extends VaultError {
  constructor(readonly minLength: number) {
    super('weak-passcode', `A passcode needs at least ${minLength} characters`);
    this.name = 'WeakPasscodeError';
  }
}

/** The data key is not in memory: unlock first. */
export class VaultLockedError extends VaultError {
  constructor() {
    super('locked', 'The vault is locked');
    this.name = 'VaultLockedError';
  }
}

/**
 * AES-GCM authentication failed: the ciphertext, IV or tag was changed, the envelope was copied onto another
 * record (different associated data), or it was written under another data key. Never a garbled result.
 */
export class TamperedDataError extends VaultError {
  constructor() {
    super('tampered', 'Encrypted data failed authentication');
    this.name = 'TamperedDataError';
  }
}

/** An envelope or key record this code does not know (newer version, wrong shape, truncated). */
export class UnsupportedFormatError extends VaultError {
  constructor(detail: string) {
    super('unsupported-format', `Unsupported vault format: ${detail}`);
    this.name = 'UnsupportedFormatError';
  }
}

/** Key-derivation parameters below the floor or malformed (a downgraded record is refused, not used). */
export class InvalidParametersError extends VaultError {
  constructor(detail: string) {
    super('invalid-parameters', `Invalid vault parameters: ${detail}`);
    this.name = 'InvalidParametersError';
  }
}
