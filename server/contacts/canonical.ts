import { createHash } from 'node:crypto';

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

/** SHA-256 (hex) of a canonical string: what "same content" compares. */
export function contentHash(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
