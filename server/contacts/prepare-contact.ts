import type { z } from 'zod';
import { ContactIdSchema, ContactSchema, type Contact } from '../../src/shared/protocol/protocol';
import { canonicalFromBodyJson, stableStringify } from '../../src/shared/protocol/canonical-json';
import { contentHash } from './content-hash';

/** A sent contact that passed validation, with what the stores compare and keep. */
export interface ValidContact {
  ok: true;
  contact: Contact;
  /** Canonical JSON of the body, or null for a tombstone. */
  bodyJson: string | null;
  /** SHA-256 of the canonical `{ deleted, body }` ([S8]). */
  hash: string;
}

/** A sent contact that failed validation ([S11]). */
export interface InvalidContact {
  ok: false;
  /** The id as sent when it was a string (for the reply), else null. */
  id: string | null;
  /** The id when it is itself valid: the server then reports its revision for it. */
  validId: string | null;
  reason: string;
}

export type PreparedContact = ValidContact | InvalidContact;

const MAX_REASON_CHARS = 1000;

/**
 * One issue in words that never quote the input: zod's "Unrecognized key: …" names the sender's keys, which may
 * be contact content (issue #13), so it is replaced by a count.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const n = issue.keys.length;
    return `${n} unknown key${n > 1 ? 's' : ''} (not part of the protocol)`;
  }
  return issue.message;
}

/** Zod issues as "path: message; …", without quoting the input ({@link issueMessage}). */
export function describeIssues(error: z.ZodError): string {
  const text = error.issues.map((issue) => `${issue.path.join('.') || '(contact)'}: ${issueMessage(issue)}`).join('; ');
  return text.length > MAX_REASON_CHARS ? `${text.slice(0, MAX_REASON_CHARS - 1)}…` : text;
}

/** Validates one sent contact; used by every {@link ContactStore} so they reject exactly the same input. */
export function prepareContact(raw: unknown): PreparedContact {
  const parsed = ContactSchema.safeParse(raw);
  if (parsed.success) {
    const contact = parsed.data;
    const bodyJson = contact.body === null ? null : stableStringify(contact.body);
    return { ok: true, contact, bodyJson, hash: contentHash(canonicalFromBodyJson(contact.deleted, bodyJson)) };
  }
  const sentId = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  const id = typeof sentId === 'string' ? sentId : null;
  const validId = id !== null && ContactIdSchema.safeParse(id).success ? id : null;
  return { ok: false, id, validId, reason: describeIssues(parsed.error) };
}
