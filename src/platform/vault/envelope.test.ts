import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from './bytes';
import { decryptJson, encryptJson, ENVELOPE_VERSION, isEnvelope, IV_BYTES, type RecordRef } from './envelope';
import { TamperedDataError, UnsupportedFormatError } from './errors';
import { createKeyRecord } from './key-record';

const REF: RecordRef = { table: 'contacts', id: '0b5c2d1e-7f3a-4c8e-9d2b-1a2b3c4d5e6f', field: 'body' };
const BODY = {
  occurredAt: '2026-03-14T21:05:00+01:00',
  place: 'Parc Barbieux, près du kiosque',
  note: 'Jeune de 14 ans, guetteur, décrochage scolaire — CANARY-7f3a9c',
  ageBands: ['13-15'],
};

let key: CryptoKey;
let otherKey: CryptoKey;
beforeAll(async () => {
  key = (await createKeyRecord('pluie sur Roubaix', { iterations: 1_000 })).key;
  otherKey = (await createKeyRecord('pluie sur Roubaix', { iterations: 1_000 })).key;
});

function flip(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index]! ^= 0x01;
  return copy;
}

describe('envelope', () => {
  it('round-trips JSON values', async () => {
    const values: unknown[] = [
      BODY,
      'texte',
      0,
      -1.5,
      true,
      null,
      [],
      {},
      ['a', { b: [1, null] }],
      '💬 « guillemets »',
    ];
    for (const value of values) {
      expect(await decryptJson(key, await encryptJson(key, value, REF), REF)).toEqual(value);
    }
  });

  it('has the v1 layout: version byte, 12-byte IV, ciphertext + 16-byte tag, in its own exact buffer', async () => {
    const plaintext = JSON.stringify(BODY);
    const envelope = await encryptJson(key, BODY, REF);
    expect(envelope[0]).toBe(ENVELOPE_VERSION);
    expect(envelope.length).toBe(1 + IV_BYTES + new TextEncoder().encode(plaintext).length + 16);
    expect(envelope.byteOffset).toBe(0);
    expect(envelope.buffer.byteLength).toBe(envelope.length);
    expect(isEnvelope(envelope)).toBe(true);
  });

  it('leaves nothing of the plaintext readable in the stored bytes', async () => {
    const envelope = await encryptJson(key, BODY, REF);
    const asText = Buffer.from(envelope).toString('latin1');
    for (const fragment of ['CANARY', 'Barbieux', 'guetteur', '13-15', 'occurredAt']) {
      expect(asText).not.toContain(fragment);
    }
  });

  it('uses a fresh IV for every write: 10 000 writes of the same value, 10 000 different IVs and ciphertexts', async () => {
    const ivs = new Set<string>();
    const ciphertexts = new Set<string>();
    const writes = 10_000;
    for (let i = 0; i < writes; i++) {
      const envelope = await encryptJson(key, BODY, REF);
      ivs.add(toHex(envelope.subarray(1, 1 + IV_BYTES)));
      ciphertexts.add(toHex(envelope.subarray(1 + IV_BYTES)));
    }
    expect(ivs.size).toBe(writes);
    expect(ciphertexts.size).toBe(writes);
  }, 60_000);

  it('rejects any changed byte (version aside): IV, ciphertext, tag → TamperedDataError', async () => {
    const envelope = await encryptJson(key, BODY, REF);
    const positions = {
      'first IV byte': 1,
      'last IV byte': IV_BYTES,
      'first ciphertext byte': 1 + IV_BYTES,
      'middle ciphertext byte': Math.floor(envelope.length / 2),
      'last tag byte': envelope.length - 1,
    };
    for (const [label, index] of Object.entries(positions)) {
      await expect(decryptJson(key, flip(envelope, index), REF), label).rejects.toBeInstanceOf(TamperedDataError);
    }
    const swappedIv = envelope.slice();
    swappedIv.set((await encryptJson(key, BODY, REF)).subarray(1, 1 + IV_BYTES), 1);
    await expect(decryptJson(key, swappedIv, REF)).rejects.toBeInstanceOf(TamperedDataError);
    await expect(decryptJson(key, envelope.subarray(0, envelope.length - 1), REF)).rejects.toBeInstanceOf(
      TamperedDataError,
    );
  });

  it('is bound to its record: copied onto another id, field or table it fails (AAD)', async () => {
    const envelope = await encryptJson(key, BODY, REF);
    const elsewhere: RecordRef[] = [
      { ...REF, id: '0b5c2d1e-7f3a-4c8e-9d2b-1a2b3c4d5e70' },
      { ...REF, field: 'serverCopy' },
      { ...REF, table: 'contactDrafts' },
    ];
    for (const ref of elsewhere) {
      await expect(decryptJson(key, envelope, ref), JSON.stringify(ref)).rejects.toBeInstanceOf(TamperedDataError);
    }
    expect(await decryptJson(key, envelope, { ...REF })).toEqual(BODY);
    // No separator ambiguity: moving characters from one part to the next names another record.
    const draft = await encryptJson(key, BODY, { table: 'contactDrafts', id: 'edit:a', field: 'bvalues' });
    await expect(
      decryptJson(key, draft, { table: 'contactDrafts', id: 'edit:ab', field: 'values' }),
    ).rejects.toBeInstanceOf(TamperedDataError);
  });

  it('written under another data key → TamperedDataError, not garbage', async () => {
    const envelope = await encryptJson(otherKey, BODY, REF);
    await expect(decryptJson(key, envelope, REF)).rejects.toBeInstanceOf(TamperedDataError);
  });

  it('refuses what is not a v1 envelope with UnsupportedFormatError', async () => {
    const envelope = await encryptJson(key, BODY, REF);
    const v2 = envelope.slice();
    v2[0] = 2;
    for (const raw of [BODY, 'text', null, new Uint8Array(20), v2]) {
      await expect(decryptJson(key, raw, REF)).rejects.toBeInstanceOf(UnsupportedFormatError);
      expect(isEnvelope(raw)).toBe(false);
    }
  });

  it('accepts the envelope as an ArrayBuffer or a view into a larger buffer (what storage may hand back)', async () => {
    const envelope = await encryptJson(key, BODY, REF);
    const padded = new Uint8Array(envelope.length + 10);
    padded.set(envelope, 5);
    expect(await decryptJson(key, envelope.buffer, REF)).toEqual(BODY);
    expect(await decryptJson(key, padded.subarray(5, 5 + envelope.length), REF)).toEqual(BODY);
  });

  it('refuses values JSON cannot represent, and incomplete record references', async () => {
    await expect(encryptJson(key, undefined, REF)).rejects.toBeInstanceOf(TypeError);
    await expect(encryptJson(key, () => 1, REF)).rejects.toBeInstanceOf(TypeError);
    await expect(encryptJson(key, BODY, { ...REF, id: '' })).rejects.toBeInstanceOf(TypeError);
  });
});
