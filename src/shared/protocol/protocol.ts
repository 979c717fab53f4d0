/**
 * Wire format of the team sync API (docs/SPEC.md), shared by the PWA and the server.
 *
 * Pure zod + types: no DOM and no Node imports, so both `tsconfig.json` (browser) and the server can use it.
 * Rule IDs in comments ([S…]) point at docs/SPEC.md.
 */
import { z } from '../zod';

export const API_BASE = '/api/v1';
export const SYNC_PATH = `${API_BASE}/sync`;
export const ME_PATH = `${API_BASE}/me`;
export const CONTACTS_PATH = `${API_BASE}/contacts`;
export const EXPORT_CSV_PATH = `${API_BASE}/export.csv`;
/** [S94] Invites: check one (not used up), or exchange it for the device's token. */
export const INVITE_CHECK_PATH = `${API_BASE}/invites/check`;
export const JOIN_PATH = `${API_BASE}/join`;

/** [S10] At most this many contacts per POST /sync (more → 413 batch_too_large). */
export const MAX_BATCH_CONTACTS = 500;
/** [S10] Largest request body in bytes (more → 413 payload_too_large). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** [S30] Page size bounds of GET /contacts. */
export const MAX_PAGE_LIMIT = 1000;
export const DEFAULT_PAGE_LIMIT = 500;

export const CONTACT_KINDS = ['street', 'school', 'family', 'resident', 'partner', 'other'] as const;
export const AGE_BANDS = ['under-13', '13-15', '16-17', '18-25', 'over-25'] as const;
export const SIGNALS = ['school-dropout', 'dealing-point', 'debt', 'violence', 'substance-use', 'other'] as const;
export const ROLES = ['worker', 'coordinator'] as const;

/** [S20] Per-contact outcomes of a sync. */
export const SYNC_STATUSES = ['created', 'updated', 'unchanged', 'stale', 'conflict', 'rejected'] as const;

export type ContactKind = (typeof CONTACT_KINDS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Signal = (typeof SIGNALS)[number];
export type Role = (typeof ROLES)[number];
export type SyncStatus = (typeof SYNC_STATUSES)[number];

// Lone UTF-16 surrogates cannot be stored as UTF-8: they would come back as U+FFFD, i.e. as different content.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Free text of at most `max` UTF-16 code units, well-formed Unicode. */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !LONE_SURROGATE.test(value), { error: 'must be well-formed Unicode text' });

/** Kebab-case identifier (content ids: Table 1 factors, schemes). */
const kebabId = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a kebab-case id (a-z, 0-9, -)' });

const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { error: 'must not repeat a value' });

/** ISO 8601 date-time with a `Z` or an offset, e.g. `2025-03-14T21:05:00+01:00`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** Lowercase UUID v4, the form of every id a device creates ([S2]). */
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** [S2] Client-generated UUID v4, lowercase canonical form (uppercase would make a second identity). */
export const ContactIdSchema = z.string().regex(UUID_V4, { error: 'must be a lowercase UUID v4' });

/** [S3] Revisions start at 1 and grow by 1 on every local change. */
export const RevisionSchema = z.int().min(1);

/** [S80] Outcomes of a referral; the last three close it ([S84]). */
export const REFERRAL_OUTCOMES = ['in-progress', 'accepted', 'waiting', 'refused', 'not-pursued'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
/** [S84] A closed referral needs no follow-up. */
export const CLOSED_REFERRAL_OUTCOMES: readonly ReferralOutcome[] = ['accepted', 'refused', 'not-pursued'];
/** [S81] At most this many referrals per contact, and steps per referral. */
export const MAX_REFERRALS = 20;
export const MAX_REFERRAL_STEPS = 40;

/**
 * [S80] One referral of the young person (or family) met at a contact to a scheme, following the scheme's
 * referral checklist. Ids and dates only: there is no free text, so nothing about the person can be typed in.
 */
export const ReferralSchema = z.strictObject({
  id: z.string().regex(UUID_V4, { error: 'must be a lowercase UUID v4' }),
  schemeId: kebabId,
  checklistId: kebabId,
  startedAt: IsoDateTimeSchema,
  /** Ids of the checklist steps done, in the checklist's order. */
  stepsDone: uniqueList(kebabId, MAX_REFERRAL_STEPS),
  outcome: z.enum(REFERRAL_OUTCOMES),
  followUpDate: z.iso.date().optional(),
  updatedAt: IsoDateTimeSchema,
});

/** [S81] The referrals of a contact: bounded, ids distinct. */
export const ReferralsSchema = z
  .array(ReferralSchema)
  .max(MAX_REFERRALS)
  .refine((list) => new Set(list.map((referral) => referral.id)).size === list.length, {
    error: 'referral ids must be distinct',
  });

/** [S5] Content of a live contact, schema version 1. Anonymous by design: there is no name field. */
export const ContactBodySchema = z.strictObject({
  schemaVersion: z.literal(1),
  occurredAt: IsoDateTimeSchema,
  place: text(200).optional(),
  kind: z.enum(CONTACT_KINDS).optional(),
  people: z.int().min(1).max(500).optional(),
  ageBands: uniqueList(z.enum(AGE_BANDS), AGE_BANDS.length),
  topics: uniqueList(kebabId, 20),
  signals: uniqueList(z.enum(SIGNALS), SIGNALS.length),
  schemes: uniqueList(kebabId, 30),
  followUpDate: z.iso.date().optional(),
  note: text(5000).optional(),
  referrals: ReferralsSchema.optional(),
});

const contactFields = {
  id: ContactIdSchema,
  revision: RevisionSchema,
  /** Client clock at the last local change: informational only, never used for ordering ([S13]). */
  updatedAt: IsoDateTimeSchema,
};

/** [S5][S16] A contact as exchanged on the wire: `body` is null exactly when `deleted` (a tombstone). */
export const ContactSchema = z.discriminatedUnion('deleted', [
  z.strictObject({ ...contactFields, deleted: z.literal(false), body: ContactBodySchema }),
  z.strictObject({ ...contactFields, deleted: z.literal(true), body: z.null() }),
]);

/** [S10] What a client sends to POST /api/v1/sync. */
export const SyncRequestSchema = z.strictObject({
  contacts: z.array(ContactSchema).min(1).max(MAX_BATCH_CONTACTS),
});

/**
 * [S11] The envelope the server checks before looking at contacts one by one: a contact that fails
 * {@link ContactSchema} is `rejected` on its own instead of failing the whole batch.
 */
export const SyncEnvelopeSchema = z.strictObject({ contacts: z.array(z.unknown()).min(1) });

/** [S12][S20] One entry per sent contact, in the same order. */
export const SyncResultSchema = z.strictObject({
  /** The id as sent; null when the sent contact had no string id. */
  id: z.string().nullable(),
  status: z.enum(SYNC_STATUSES),
  /** The server's current revision for this id in the team, when it has one. */
  revision: RevisionSchema.optional(),
  /** Why (rejected, stale, conflict). Plain words for the UI and for support; never contact content. */
  reason: z.string().optional(),
  /** The server's copy (stale, conflict). */
  server: ContactSchema.optional(),
});

export const SyncResponseSchema = z.strictObject({
  results: z.array(SyncResultSchema),
  serverTime: IsoDateTimeSchema,
});

/** [S30] Opaque cursor: a string of digits today; clients must store and send it back unchanged. */
export const CursorSchema = z.string().regex(/^(0|[1-9][0-9]{0,14})$/, { error: 'must be a cursor from nextCursor' });

export const ContactsQuerySchema = z.strictObject({
  since: CursorSchema.optional(),
  limit: z.coerce.number<string>().int().min(1).max(MAX_PAGE_LIMIT).optional(),
});

export const ContactsPageSchema = z.strictObject({
  contacts: z.array(ContactSchema),
  nextCursor: CursorSchema,
  hasMore: z.boolean(),
});

export const MeResponseSchema = z.strictObject({
  team: z.string(),
  role: z.enum(ROLES),
  label: z.string(),
});

/** [S98] GET /contacts/:id/history (coordinators): every revision the server kept, oldest first. */
export const ContactHistorySchema = z.strictObject({
  id: ContactIdSchema,
  revisions: z.array(
    z.strictObject({
      contact: ContactSchema,
      /** Id of the token that sent this revision; null before issue #13 or when the admin CLI restored it. */
      writtenBy: z.int().nullable(),
      receivedAt: z.string(),
    }),
  ),
});
export type ContactHistory = z.infer<typeof ContactHistorySchema>;

/** [S94] An invite code: `li_` + 128 random bits in base64url (22 characters). */
export const INVITE_PATTERN = /^li_[A-Za-z0-9_-]{22}$/;
export const InviteRequestSchema = z.strictObject({ invite: z.string().max(100) });
export const InviteInfoSchema = MeResponseSchema.extend({ expiresAt: z.string() });
export const JoinResponseSchema = MeResponseSchema.extend({ token: z.string().regex(/^lt_[A-Za-z0-9_-]{43}$/) });

/** [S50] Every error answer. */
export const ErrorBodySchema = z.strictObject({ error: z.string(), message: z.string() });

export type ContactBody = z.infer<typeof ContactBodySchema>;
export type Referral = z.infer<typeof ReferralSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type SyncRequest = z.infer<typeof SyncRequestSchema>;
export type SyncResult = z.infer<typeof SyncResultSchema>;
export type SyncResponse = z.infer<typeof SyncResponseSchema>;
export type ContactsPage = z.infer<typeof ContactsPageSchema>;
export type MeResponse = z.infer<typeof MeResponseSchema>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
export type InviteInfo = z.infer<typeof InviteInfoSchema>;
export type JoinResponse = z.infer<typeof JoinResponseSchema>;

/**
 * Error codes a client can branch on ([S50]); the server answers with these names. Codes derived from a status
 * (`not_found`, `method_not_allowed`, `internal_server_error`) come from server/http/errors.ts; the directory's
 * from DIRECTORY_ERROR_CODES.
 */
export const ERROR_CODES = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  invalidRequest: 'invalid_request',
  badRequest: 'bad_request',
  batchTooLarge: 'batch_too_large',
  payloadTooLarge: 'payload_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  tooManyRequests: 'too_many_requests',
  /** [S99] The token's or the team's contacts for today. */
  quotaExceeded: 'quota_exceeded',
  /** [S99] The team's storage is full. */
  storageQuotaExceeded: 'storage_quota_exceeded',
  /** [S94] Unknown, malformed, expired or used invite, in the same words whichever it is. */
  invalidInvite: 'invalid_invite',
} as const;
