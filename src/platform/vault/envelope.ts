/**
 * Encryption of stored values: JSON → AES-256-GCM under the data key, one envelope per stored field.
 *
 * Envelope v1, a single Uint8Array (IndexedDB keeps typed arrays as raw bytes, so no base64 inflation and one
 * field per encrypted value):
 *
 *     byte 0        version (1)
 *     bytes 1–12    IV: 96 random bits, fresh for every write
 *     bytes 13–     AES-GCM ciphertext followed by its 128-bit tag
 *
 * Overhead: 29 bytes per value. Random IVs stay safe far beyond any device's write count (NIST SP 800-38D
 * allows 2³² messages per key).
 *
 * Associated data binds each envelope to where it is stored: the format version, the table, the record id
 * and the field. A ciphertext copied onto another record, another field or another table fails
 * authentication, as does any changed byte. What it does not detect: a whole row rolled back to an older
 * copy of itself (see SECURITY.md).
 */
import { TamperedDataError, UnsupportedFormatError } from './errors';
import { asBytes, fromUtf8, isOperationError, randomBytes, utf8 } from './bytes';

export const ENVELOPE_VERSION = 1;
export const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES;

/** Encrypted value as stored: see the format above. */
export type Envelope = Uint8Array<ArrayBuffer>;

/** Where an envelope lives; part of its authenticated data. */
export interface RecordRef {
  /** Table name, e.g. 'contacts'. */
  table: string;
  /** The record's primary key, e.g. the contact's UUID or a draft key. */
  id: string;
  /** Which encrypted field of the record (a row may hold several, e.g. 'body' and 'serverCopy'). */
  field: string;
}

/** JSON array: unambiguous whatever characters the parts contain (no separator to forge). */
function associatedData(version: number, ref: RecordRef): Uint8Array<ArrayBuffer> {
  if (!ref.table || !ref.id || !ref.field) throw new TypeError('RecordRef needs a table, an id and a field');
  return utf8(JSON.stringify(['limits-terrain/vault', version, ref.table, ref.id, ref.field]));
}

/** True for bytes shaped like an envelope this code can open (to tell encrypted rows from legacy plain ones). */
export function isEnvelope(value: unknown): boolean {
  const bytes = asBytes(value);
  return bytes !== undefined && bytes.length >= HEADER_BYTES + TAG_BYTES && bytes[0] === ENVELOPE_VERSION;
}

/** Encrypts a JSON value for `ref`. Throws TypeError for values JSON cannot represent (undefined, functions). */
export async function encryptJson(key: CryptoKey, value: unknown, ref: RecordRef): Promise<Envelope> {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError('Only JSON values can be encrypted');
  const iv = randomBytes(IV_BYTES);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: associatedData(ENVELOPE_VERSION, ref), tagLength: TAG_BYTES * 8 },
      key,
      utf8(json),
    ),
  );
  // Its own exactly-sized buffer: structured clone stores a view's whole buffer, never more than this.
  const envelope = new Uint8Array(HEADER_BYTES + ciphertext.length);
  envelope[0] = ENVELOPE_VERSION;
  envelope.set(iv, 1);
  envelope.set(ciphertext, HEADER_BYTES);
  return envelope;
}

/**
 * Decrypts an envelope written for `ref`. Throws TamperedDataError when authentication fails (changed bytes,
 * other record, other key) and UnsupportedFormatError when it is not an envelope at all.
 * The result is exactly what was encrypted; `T` is the caller's claim about it.
 */
export async function decryptJson<T = unknown>(key: CryptoKey, envelope: unknown, ref: RecordRef): Promise<T> {
  const bytes = asBytes(envelope);
  if (!bytes) throw new UnsupportedFormatError('envelope is not bytes');
  if (bytes.length < HEADER_BYTES + TAG_BYTES) throw new UnsupportedFormatError('envelope too short');
  const version = bytes[0] as number;
  if (version !== ENVELOPE_VERSION) throw new UnsupportedFormatError(`envelope version ${version}`);
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.subarray(1, HEADER_BYTES),
        additionalData: associatedData(version, ref),
        tagLength: TAG_BYTES * 8,
      },
      key,
      bytes.subarray(HEADER_BYTES),
    );
  } catch (error) {
    if (isOperationError(error)) throw new TamperedDataError();
    throw error;
  }
  return JSON.parse(fromUtf8(new Uint8Array(plaintext))) as T;
}
