/**
 * [S8] Canonical JSON, the form "same content" compares: shared so that every store (and the client tests' fake
 * server) decides [S13]'s `unchanged` / `conflict` on the same bytes. Pure: hashing it is the server's business.
 */
import type { Contact } from './protocol';

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/**
 * Stable JSON ([S8]): object keys sorted by code unit, no whitespace, arrays kept in order, undefined members
 * left out. Two values that mean the same to JSON (whatever key order the client used) give the same string.
 * Written for speed (it runs for every synced contact): arrays of primitives go to JSON.stringify in one call.
 */
export function stableStringify(value: unknown): string {
  if (isPrimitive(value)) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    if (value.every(isPrimitive)) return JSON.stringify(value);
    return `[${value.map((item) => (item === undefined ? 'null' : stableStringify(item))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '';
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    out += `${out === '' ? '' : ','}${JSON.stringify(key)}:${stableStringify(member)}`;
  }
  return `{${out}}`;
}

/** The canonical content of a contact: only `deleted` and `body` ([S8]); revision and updatedAt are not content. */
export function canonicalContent(contact: Pick<Contact, 'deleted' | 'body'>): string {
  return canonicalFromBodyJson(contact.deleted, contact.body === null ? null : stableStringify(contact.body));
}

/** Same as {@link canonicalContent}, from the body's canonical JSON (saves serializing the body twice). */
export function canonicalFromBodyJson(deleted: boolean, bodyJson: string | null): string {
  return `{"body":${bodyJson ?? 'null'},"deleted":${deleted}}`;
}
