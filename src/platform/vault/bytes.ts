/**
 * Byte helpers of the vault. IndexedDB stores typed arrays natively (structured clone), so the vault works in
 * bytes end to end and never pays a base64 detour. Values read back from IndexedDB may come from another realm
 * (tests run jsdom over Node's WebCrypto), hence no `instanceof` checks here.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** `count` bytes from the platform CSPRNG. */
export function randomBytes(count: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(count));
}

/**
 * A stored byte field as a Uint8Array with its own buffer, or undefined when it is not bytes. Accepts any
 * typed-array view or ArrayBuffer (whatever realm made it); copies so later writes never alias the input.
 */
export function asBytes(value: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (ArrayBuffer.isView(value)) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
  }
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') {
    return new Uint8Array(value as ArrayBuffer).slice();
  }
  return undefined;
}

/** Lowercase hex, for tests and diagnostics (never for secrets in logs). */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * WebCrypto's authentication failures (AES-GCM tag, AES-KW integrity) are DOMExceptions named OperationError.
 * Checked by name: a DOMException from another realm is not `instanceof` this realm's classes.
 */
export function isOperationError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'OperationError';
}
