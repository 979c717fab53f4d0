import { describe, expect, it } from 'vitest';
import { jsonBytes, MAX_SYNC_BATCH, MAX_SYNC_BYTES, takeBatchBySize } from './batch-by-size';
import { MAX_BODY_BYTES, type Contact } from '../../shared/protocol/protocol';

function contact(i: number, noteLength = 0): Contact {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    revision: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    deleted: false,
    body: {
      schemaVersion: 1,
      occurredAt: '2026-01-01T00:00:00.000Z',
      ageBands: [],
      topics: [],
      signals: [],
      schemes: [],
      ...(noteLength > 0 ? { note: 'é'.repeat(noteLength) } : {}),
    },
  };
}

const many = (n: number, noteLength = 0) => Array.from({ length: n }, (_, i) => contact(i, noteLength));

describe('takeBatchBySize ([S10], [S45])', () => {
  it.each([
    // contacts, note length (2-byte characters), expected batch length
    [0, 0, 0],
    [1, 0, 1],
    [150, 0, 150],
    [1_000, 0, MAX_SYNC_BATCH],
    // 5 000 × 2 bytes + the fields ≈ 10.2 KB a contact: 89 fit in 900 KiB.
    [200, 5_000, 89],
    [30, 5_000, 30],
  ])('%i contacts with %i-character notes → %i', (count, noteLength, expected) => {
    const batch = takeBatchBySize(many(count, noteLength));
    expect(batch).toHaveLength(expected);
    if (count > 0) expect(jsonBytes({ contacts: batch })).toBeLessThanOrEqual(MAX_SYNC_BYTES);
  });

  it('keeps the oldest-first order and takes a prefix', () => {
    const all = many(300, 5_000);
    const batch = takeBatchBySize(all);
    expect(batch).toEqual(all.slice(0, batch.length));
  });

  it('counts the envelope and the commas exactly', () => {
    const three = many(3);
    const exact = jsonBytes({ contacts: three });
    expect(takeBatchBySize(three, exact)).toHaveLength(3);
    expect(takeBatchBySize(three, exact - 1)).toHaveLength(2);
  });

  it('still sends one contact larger than the limit (the server answers for it)', () => {
    expect(takeBatchBySize(many(2, 5_000), 100)).toHaveLength(1);
  });

  it('stays under the server limit with the default settings', () => {
    expect(MAX_SYNC_BYTES).toBeLessThan(MAX_BODY_BYTES);
  });
});
