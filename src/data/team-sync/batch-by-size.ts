/**
 * Cutting the outbox into requests the server accepts ([S10], [S45]): at most {@link MAX_SYNC_BATCH} contacts
 * and about 900 KB of JSON, well under the server's 500 contacts and 1 MiB, so a batch is never refused for
 * its size unless the server's limits are lowered (then the client halves on 413).
 */
import type { Contact } from '../../shared/protocol/protocol';

export const MAX_SYNC_BATCH = 200;
export const MAX_SYNC_BYTES = 900 * 1024;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value's JSON, i.e. what it costs on the wire. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** `{"contacts":[` + `]}`. */
const ENVELOPE_BYTES = jsonBytes({ contacts: [] });

/**
 * The longest prefix of `contacts` (oldest change first) whose request body fits in `maxBytes` and
 * `maxCount`. Always at least one contact when there is one: a single contact is far below the limit
 * ([S5]), and if it were not, the server's 413 says so instead of the outbox stalling silently.
 */
export function takeBatchBySize<T extends Contact>(
  contacts: readonly T[],
  maxBytes = MAX_SYNC_BYTES,
  maxCount = MAX_SYNC_BATCH,
): T[] {
  const batch: T[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const contact of contacts) {
    if (batch.length >= maxCount) break;
    // +1 for the comma between entries.
    const size = jsonBytes(contact) + (batch.length > 0 ? 1 : 0);
    if (batch.length > 0 && bytes + size > maxBytes) break;
    batch.push(contact);
    bytes += size;
  }
  return batch;
}
