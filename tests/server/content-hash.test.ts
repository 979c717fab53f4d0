/** [S8] The content hash is SHA-256 of the canonical JSON's UTF-8 bytes, in lowercase hex. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../server/contacts/content-hash';
import { canonicalContent } from '../../src/shared/protocol/canonical-json';

describe('contentHash', () => {
  it('[S8] is SHA-256 in lowercase hex (FIPS 180-2 test vector)', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('[S8] hashes the UTF-8 bytes of non-ASCII text, as stored hashes were computed', () => {
    const canonical = canonicalContent({
      deleted: false,
      body: { schemaVersion: 1, occurredAt: '2025-01-01T00:00:00.000Z', note: 'Élève rencontré à l’arrêt 😀' },
    } as Parameters<typeof canonicalContent>[0]);
    const bytes = Buffer.from(canonical, 'utf8');
    expect(contentHash(canonical)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(contentHash(canonical)).not.toBe(
      createHash('sha256').update(Buffer.from(canonical, 'latin1')).digest('hex'),
    );
  });
});
