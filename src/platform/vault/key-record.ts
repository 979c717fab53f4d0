/**
 * The data key and its wrapped form (the "key record", stored on the device next to the data).
 *
 * Wrapping is AES-KW (RFC 3394) rather than AES-GCM wrapKey: it is the algorithm made for wrapping keys, is
 * deterministic (no IV to generate, store or ever reuse), and its built-in integrity check makes unwrapping
 * under a wrong KEK fail outright. That failure is how a wrong passcode is detected, so no passcode verifier
 * (hash) is stored: every guess costs a full PBKDF2 run.
 *
 * The data key is random (256-bit AES-GCM) and never derived from the passcode, so changing the passcode only
 * re-wraps these 40 bytes; the data is not re-encrypted. Once unwrapped for use it is non-extractable: script
 * can encrypt and decrypt with it but never read its bytes.
 */
import { UnsupportedFormatError, WrongPasscodeError } from './errors';
import { asBytes, isOperationError } from './bytes';
import {
  checkPasscode,
  DEFAULT_PBKDF2_ITERATIONS,
  deriveKek,
  needsStrongerKdf,
  newKdfParams,
  validateKdfParams,
  type KdfParams,
} from './kdf';

export const KEY_RECORD_VERSION = 1;
/** AES-KW output for a 32-byte key: the key plus an 8-byte integrity block. */
const WRAPPED_KEY_BYTES = 40;
const DATA_KEY_ALGORITHM: AesKeyGenParams = { name: 'AES-GCM', length: 256 };

/** What the device stores about the key. Holds nothing usable without the passcode. */
export interface KeyRecord {
  v: typeof KEY_RECORD_VERSION;
  kdf: KdfParams;
  wrap: 'AES-KW';
  /** The 256-bit data key wrapped by the passcode's KEK. */
  wrappedKey: Uint8Array<ArrayBuffer>;
}

export interface KeyRecordOptions {
  /** PBKDF2 iterations for the new wrapping; tests lower it for speed. Default {@link DEFAULT_PBKDF2_ITERATIONS}. */
  iterations?: number;
}

/** Validates a record read from storage (any realm's bytes), or throws UnsupportedFormatError/InvalidParametersError. */
export function parseKeyRecord(raw: unknown): KeyRecord {
  if (typeof raw !== 'object' || raw === null) throw new UnsupportedFormatError('key record is not an object');
  const { v, kdf, wrap, wrappedKey } = raw as Record<string, unknown>;
  if (v !== KEY_RECORD_VERSION) throw new UnsupportedFormatError(`key record version ${String(v)}`);
  if (wrap !== 'AES-KW') throw new UnsupportedFormatError(`key wrapping ${String(wrap)}`);
  const wrapped = asBytes(wrappedKey);
  if (!wrapped || wrapped.length !== WRAPPED_KEY_BYTES) throw new UnsupportedFormatError('wrapped key length');
  return { v, kdf: validateKdfParams(kdf), wrap, wrappedKey: wrapped };
}

async function unwrapWithKek(
  wrappedKey: Uint8Array<ArrayBuffer>,
  kek: CryptoKey,
  extractable: boolean,
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey('raw', wrappedKey, kek, 'AES-KW', DATA_KEY_ALGORITHM, extractable, [
      'encrypt',
      'decrypt',
    ]);
  } catch (error) {
    // OperationError is AES-KW's integrity check failing: wrong passcode (or a damaged record).
    if (isOperationError(error)) throw new WrongPasscodeError();
    throw error;
  }
}

async function unwrapDataKey(record: KeyRecord, passcode: string, extractable: boolean): Promise<CryptoKey> {
  return unwrapWithKek(record.wrappedKey, await deriveKek(passcode, record.kdf), extractable);
}

/** Wraps `dataKey` under a new KEK (fresh salt); returns the KEK too, so the caller need not derive it again. */
async function wrapDataKey(
  dataKey: CryptoKey,
  passcode: string,
  iterations: number,
): Promise<{ record: KeyRecord; kek: CryptoKey }> {
  const kdf = newKdfParams(iterations);
  const kek = await deriveKek(passcode, kdf);
  const wrapped = new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, kek, 'AES-KW'));
  return { record: { v: KEY_RECORD_VERSION, kdf, wrap: 'AES-KW', wrappedKey: wrapped }, kek };
}

/**
 * Sets up a vault: a new random data key wrapped under `passcode`. Returns the record to store and the data
 * key, already non-extractable, for the session that just set the passcode.
 */
export async function createKeyRecord(
  passcode: string,
  options: KeyRecordOptions = {},
): Promise<{ record: KeyRecord; key: CryptoKey }> {
  checkPasscode(passcode);
  // Extractable only long enough to be wrapped; this reference is dropped when the function returns.
  const fresh = await crypto.subtle.generateKey(DATA_KEY_ALGORITHM, true, ['encrypt', 'decrypt']);
  const { record, kek } = await wrapDataKey(fresh, passcode, options.iterations ?? DEFAULT_PBKDF2_ITERATIONS);
  // The session's copy comes back through the wrapped form, non-extractable (one PBKDF2 run, not two).
  return { record, key: await unwrapWithKek(record.wrappedKey, kek, false) };
}

/** The non-extractable data key, or WrongPasscodeError. Accepts the record as read from storage. */
export async function unlockKeyRecord(raw: unknown, passcode: string): Promise<CryptoKey> {
  return unwrapDataKey(parseKeyRecord(raw), passcode, false);
}

async function rewrap(raw: unknown, current: string, next: string, options: KeyRecordOptions): Promise<KeyRecord> {
  const record = parseKeyRecord(raw);
  // The only place the data key is extractable after creation: to be re-wrapped, then dropped.
  const dataKey = await unwrapDataKey(record, current, true);
  const iterations = options.iterations ?? Math.max(record.kdf.iterations, DEFAULT_PBKDF2_ITERATIONS);
  return (await wrapDataKey(dataKey, next, iterations)).record;
}

/**
 * New record for the same data key under `next` (fresh salt; iterations never lowered by default). Data
 * encrypted before stays readable; the old passcode no longer opens the new record. The caller replaces the
 * stored record in one write: the old record is what the old passcode opens, so it must not be kept.
 */
export async function changePasscode(
  raw: unknown,
  current: string,
  next: string,
  options: KeyRecordOptions = {},
): Promise<KeyRecord> {
  checkPasscode(next);
  return rewrap(raw, current, next, options);
}

/** True when the stored record should be re-wrapped with today's parameters ({@link strengthenKeyRecord}). */
export function keyRecordNeedsUpgrade(raw: unknown, target: number = DEFAULT_PBKDF2_ITERATIONS): boolean {
  return needsStrongerKdf(parseKeyRecord(raw).kdf, target);
}

/**
 * Re-wraps under the same passcode with stronger parameters (call right after a successful unlock, when
 * {@link keyRecordNeedsUpgrade} says so). The passcode policy is not re-checked: the user already has it.
 */
export function strengthenKeyRecord(
  raw: unknown,
  passcode: string,
  iterations: number = DEFAULT_PBKDF2_ITERATIONS,
): Promise<KeyRecord> {
  return rewrap(raw, passcode, passcode, { iterations });
}
