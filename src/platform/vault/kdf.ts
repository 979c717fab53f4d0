/**
 * Passcode → key-encryption key (KEK) with PBKDF2-HMAC-SHA256 (the only password KDF WebCrypto offers
 * everywhere; Argon2 would need a dependency and WASM). The parameters travel with the wrapped key, so a later
 * release can raise the iteration count: `needsStrongerKdf` says when, and re-wrapping at the next unlock
 * applies it without touching the data.
 */
import { InvalidParametersError, WeakPasscodeError } from './errors';
import { asBytes, randomBytes, utf8 } from './bytes';

/** OWASP Password Storage Cheat Sheet (2023) figure for PBKDF2-HMAC-SHA256. Production never goes below it. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/**
 * Refused above this: a stored record claiming billions of iterations would freeze unlock forever. Ten
 * million is ~17× the default, room for years of raises.
 */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
/**
 * Anyone holding the device's files can try passcodes offline, at GPU speed (roughly 10⁴ guesses a second
 * at 600 000 iterations): a 6-digit PIN falls in minutes. Eight characters is the floor; the UI should
 * encourage a phrase.
 */
export const MIN_PASSCODE_LENGTH = 8;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
}

/**
 * NFC so that "é" typed as one code point on one keyboard and as e + combining accent on another gives the
 * same key. Nothing else is altered: spaces and case are part of the passcode.
 */
export function normalizePasscode(passcode: string): string {
  return passcode.normalize('NFC');
}

/** Throws {@link WeakPasscodeError} when a new passcode is too short (counted in characters, not bytes). */
export function checkPasscode(passcode: string): void {
  if ([...normalizePasscode(passcode)].length < MIN_PASSCODE_LENGTH) throw new WeakPasscodeError(MIN_PASSCODE_LENGTH);
}

/** Fresh parameters: a new random salt every time a passcode is set or changed. */
export function newKdfParams(iterations: number = DEFAULT_PBKDF2_ITERATIONS): KdfParams {
  const params: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(SALT_BYTES) };
  return validateKdfParams(params);
}

/** Checks parameters read from storage before spending CPU on them; returns them with the salt as own bytes. */
export function validateKdfParams(raw: unknown): KdfParams {
  if (typeof raw !== 'object' || raw === null) throw new InvalidParametersError('kdf is not an object');
  const { name, hash, iterations, salt } = raw as Record<string, unknown>;
  if (name !== 'PBKDF2' || hash !== 'SHA-256') throw new InvalidParametersError('kdf must be PBKDF2 with SHA-256');
  if (typeof iterations !== 'number' || !Number.isSafeInteger(iterations) || iterations < 1) {
    throw new InvalidParametersError('iterations must be a positive integer');
  }
  if (iterations > MAX_PBKDF2_ITERATIONS) throw new InvalidParametersError('iterations above the maximum');
  const saltBytes = asBytes(salt);
  if (!saltBytes || saltBytes.length !== SALT_BYTES)
    throw new InvalidParametersError(`salt must be ${SALT_BYTES} bytes`);
  return { name, hash, iterations, salt: saltBytes };
}

/** True when the record was made with fewer iterations than `target` (re-wrap at the next unlock). */
export function needsStrongerKdf(params: KdfParams, target: number = DEFAULT_PBKDF2_ITERATIONS): boolean {
  return params.iterations < target;
}

/** The AES-KW key-encryption key; non-extractable, usable only to wrap and unwrap the data key. */
export async function deriveKek(passcode: string, params: KdfParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8(normalizePasscode(passcode)), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: params.hash, salt: params.salt, iterations: params.iterations },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}
