import { describe, expect, it, vi } from 'vitest';
import { decryptJson, encryptJson } from './envelope';
import { InvalidParametersError, UnsupportedFormatError, WeakPasscodeError, WrongPasscodeError } from './errors';
import { DEFAULT_PBKDF2_ITERATIONS, MIN_PASSCODE_LENGTH } from './kdf';
import {
  changePasscode,
  createKeyRecord,
  keyRecordNeedsUpgrade,
  parseKeyRecord,
  strengthenKeyRecord,
  unlockKeyRecord,
  type KeyRecord,
} from './key-record';

// Test speed only: production uses DEFAULT_PBKDF2_ITERATIONS (asserted below).
const FAST = { iterations: 1_000 };
const PASSCODE = 'pluie sur Roubaix';
const REF = { table: 'contacts', id: 'c-1', field: 'body' };

/** Through a real (fake-indexeddb) object store: what the app will store is what comes back. */
async function throughIndexedDb<T>(value: T): Promise<unknown> {
  const name = `vault-${Math.random()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('keys');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction('keys', 'readwrite');
  tx.objectStore('keys').put(value, 'k');
  await new Promise((resolve) => (tx.oncomplete = resolve));
  const read = await new Promise<unknown>((resolve) => {
    const request = db.transaction('keys').objectStore('keys').get('k');
    request.onsuccess = () => resolve(request.result);
  });
  db.close();
  indexedDB.deleteDatabase(name);
  return read;
}

describe('key record', () => {
  it('production default is at least 600 000 PBKDF2 iterations, and is what a record gets without options', async () => {
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const { record, key } = await createKeyRecord(PASSCODE);
    // One PBKDF2 run to set a passcode, at the production count.
    expect(derive).toHaveBeenCalledTimes(1);
    expect(derive.mock.calls[0]?.[0]).toMatchObject({ iterations: DEFAULT_PBKDF2_ITERATIONS });
    derive.mockRestore();
    expect(record.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: DEFAULT_PBKDF2_ITERATIONS });
    const again = await unlockKeyRecord(record, PASSCODE);
    const envelope = await encryptJson(key, { note: 'x' }, REF);
    expect(await decryptJson(again, envelope, REF)).toEqual({ note: 'x' });
  }, 30_000);

  it('wraps a random 256-bit AES-GCM key with AES-KW; 16-byte random salt; unwrapped key is non-extractable', async () => {
    const a = await createKeyRecord(PASSCODE, FAST);
    const b = await createKeyRecord(PASSCODE, FAST);
    expect(a.record.wrap).toBe('AES-KW');
    expect(a.record.wrappedKey).toHaveLength(40);
    expect(a.record.kdf.salt).toHaveLength(16);
    expect(Buffer.from(a.record.kdf.salt).equals(Buffer.from(b.record.kdf.salt))).toBe(false);
    expect(Buffer.from(a.record.wrappedKey).equals(Buffer.from(b.record.wrappedKey))).toBe(false);
    for (const key of [a.key, await unlockKeyRecord(a.record, PASSCODE)]) {
      expect(key.extractable).toBe(false);
      expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
      expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
      await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    }
  });

  it('round-trips through IndexedDB: the stored record still unlocks and opens earlier data', async () => {
    const { record, key } = await createKeyRecord(PASSCODE, FAST);
    const envelope = await encryptJson(key, { note: 'données' }, REF);
    const stored = (await throughIndexedDb({ record, envelope })) as { record: unknown; envelope: unknown };
    const unlocked = await unlockKeyRecord(stored.record, PASSCODE);
    expect(await decryptJson(unlocked, stored.envelope, REF)).toEqual({ note: 'données' });
  });

  it('refuses a wrong passcode with WrongPasscodeError, never a key', async () => {
    const { record } = await createKeyRecord(PASSCODE, FAST);
    for (const wrong of ['pluie sur roubaix', `${PASSCODE} `, '', 'x'.repeat(200)]) {
      await expect(unlockKeyRecord(record, wrong)).rejects.toBeInstanceOf(WrongPasscodeError);
    }
  });

  it('a damaged wrapped key is refused like a wrong passcode', async () => {
    const { record } = await createKeyRecord(PASSCODE, FAST);
    const wrappedKey = record.wrappedKey.slice();
    wrappedKey[5]! ^= 1;
    await expect(unlockKeyRecord({ ...record, wrappedKey }, PASSCODE)).rejects.toBeInstanceOf(WrongPasscodeError);
  });

  it('normalizes the passcode to NFC (é typed precomposed or combining opens the same vault)', async () => {
    const { record } = await createKeyRecord('caf\u00e9 du marché', FAST);
    await expect(unlockKeyRecord(record, 'cafe\u0301 du marché')).resolves.toBeDefined();
  });

  it(`refuses a new passcode shorter than ${MIN_PASSCODE_LENGTH} characters`, async () => {
    await expect(createKeyRecord('1234567', FAST)).rejects.toBeInstanceOf(WeakPasscodeError);
    // Counted in characters, not UTF-16 units or bytes.
    await expect(createKeyRecord('ééééééé', FAST)).rejects.toBeInstanceOf(WeakPasscodeError);
    await expect(createKeyRecord('12345678', FAST)).resolves.toBeDefined();
  });

  it('honours the stored iterations: the record says how the KEK is derived, and a changed count fails', async () => {
    const { record } = await createKeyRecord(PASSCODE, { iterations: 1_234 });
    expect(record.kdf.iterations).toBe(1_234);
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    try {
      await unlockKeyRecord(record, PASSCODE);
      expect(derive).toHaveBeenCalledWith(
        expect.objectContaining({ name: 'PBKDF2', hash: 'SHA-256', iterations: 1_234, salt: record.kdf.salt }),
        expect.anything(),
        { name: 'AES-KW', length: 256 },
        false,
        ['wrapKey', 'unwrapKey'],
      );
    } finally {
      derive.mockRestore();
    }
    const lowered: KeyRecord = { ...record, kdf: { ...record.kdf, iterations: 1 } };
    await expect(unlockKeyRecord(lowered, PASSCODE)).rejects.toBeInstanceOf(WrongPasscodeError);
    const salt = record.kdf.salt.slice();
    salt[0]! ^= 1;
    await expect(unlockKeyRecord({ ...record, kdf: { ...record.kdf, salt } }, PASSCODE)).rejects.toBeInstanceOf(
      WrongPasscodeError,
    );
  });

  it('refuses malformed or unknown records before deriving anything', async () => {
    const { record } = await createKeyRecord(PASSCODE, FAST);
    const cases: Array<[unknown, new (...args: never[]) => Error]> = [
      [null, UnsupportedFormatError],
      [{ ...record, v: 2 }, UnsupportedFormatError],
      [{ ...record, wrap: 'AES-GCM' }, UnsupportedFormatError],
      [{ ...record, wrappedKey: record.wrappedKey.slice(0, 32) }, UnsupportedFormatError],
      [{ ...record, wrappedKey: 'base64?' }, UnsupportedFormatError],
      [{ ...record, kdf: { ...record.kdf, hash: 'SHA-1' } }, InvalidParametersError],
      [{ ...record, kdf: { ...record.kdf, iterations: 0 } }, InvalidParametersError],
      [{ ...record, kdf: { ...record.kdf, iterations: 1.5 } }, InvalidParametersError],
      // A record claiming billions of iterations would freeze unlock: refused.
      [{ ...record, kdf: { ...record.kdf, iterations: 2 ** 31 } }, InvalidParametersError],
      [{ ...record, kdf: { ...record.kdf, salt: new Uint8Array(8) } }, InvalidParametersError],
    ];
    for (const [raw, type] of cases) {
      expect(() => parseKeyRecord(raw)).toThrow(type);
      await expect(unlockKeyRecord(raw, PASSCODE)).rejects.toBeInstanceOf(type);
    }
  });
});

describe('passcode change', () => {
  it('re-wraps the same data key: old data readable with the new passcode, the old passcode refused', async () => {
    const { record, key } = await createKeyRecord(PASSCODE, FAST);
    const before = await encryptJson(key, { note: 'avant' }, REF);
    const changed = await changePasscode(record, PASSCODE, 'nouveau code 2026', FAST);

    expect(Buffer.from(changed.kdf.salt).equals(Buffer.from(record.kdf.salt))).toBe(false);
    await expect(unlockKeyRecord(changed, PASSCODE)).rejects.toBeInstanceOf(WrongPasscodeError);
    const reopened = await unlockKeyRecord(changed, 'nouveau code 2026');
    expect(reopened.extractable).toBe(false);
    expect(await decryptJson(reopened, before, REF)).toEqual({ note: 'avant' });
    // And the other way: written after the change, readable by the session key from before it.
    const after = await encryptJson(reopened, { note: 'après' }, REF);
    expect(await decryptJson(key, after, REF)).toEqual({ note: 'après' });
  });

  it('needs the current passcode, and the new one must meet the policy', async () => {
    const { record } = await createKeyRecord(PASSCODE, FAST);
    await expect(changePasscode(record, 'not the passcode', 'nouveau code 2026', FAST)).rejects.toBeInstanceOf(
      WrongPasscodeError,
    );
    await expect(changePasscode(record, PASSCODE, 'court', FAST)).rejects.toBeInstanceOf(WeakPasscodeError);
  });

  it('never lowers the iterations by default; raising them later keeps the passcode and the data', async () => {
    const { record, key } = await createKeyRecord(PASSCODE, { iterations: 2_000 });
    const envelope = await encryptJson(key, [1, 2, 3], REF);
    expect(keyRecordNeedsUpgrade(record, 3_000)).toBe(true);
    expect(keyRecordNeedsUpgrade(record, 2_000)).toBe(false);
    expect(keyRecordNeedsUpgrade(record)).toBe(true);

    const stronger = await strengthenKeyRecord(record, PASSCODE, 3_000);
    expect(stronger.kdf.iterations).toBe(3_000);
    expect(keyRecordNeedsUpgrade(stronger, 3_000)).toBe(false);
    expect(await decryptJson(await unlockKeyRecord(stronger, PASSCODE), envelope, REF)).toEqual([1, 2, 3]);

    // A change without options moves a weak record up to the production default, never down.
    const changed = await changePasscode(stronger, PASSCODE, 'nouveau code 2026');
    expect(changed.kdf.iterations).toBe(DEFAULT_PBKDF2_ITERATIONS);
    expect(await decryptJson(await unlockKeyRecord(changed, 'nouveau code 2026'), envelope, REF)).toEqual([1, 2, 3]);
  }, 30_000);
});
