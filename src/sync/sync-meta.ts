/**
 * The sync settings and status kept on the device (table `syncMeta`, one row per key): which team this device
 * joined, with its token, and the outcome of the last attempts. Read back through zod, so a row written by
 * another version of the app never crashes the sync: it reads as "not joined" / "no history".
 */
import { z } from 'zod';
import { getDb } from '../db/db';
import { FAILURE_KINDS } from './classify-failure';
import { ROLES } from './protocol';

const TEAM_KEY = 'team';
const STATUS_KEY = 'status';

const TeamSettingsSchema = z.object({
  serverUrl: z.string().min(1),
  token: z.string().min(1),
  team: z.string(),
  role: z.enum(ROLES),
  label: z.string(),
  joinedAt: z.string(),
});

/** What joining stores. The token never leaves this table except in the Authorization header. */
export type TeamSettings = z.infer<typeof TeamSettingsSchema>;
/** The same without the secret: what the UI and other tabs get. */
export type TeamInfo = Omit<TeamSettings, 'token'>;

const LastErrorSchema = z.object({
  kind: z.enum(FAILURE_KINDS),
  key: z.string(),
  detail: z.string().optional(),
  at: z.string(),
});

const SyncRecordSchema = z.object({
  /** When the server last confirmed a batch (or, with nothing to send, answered a check). */
  lastSuccessAt: z.string().optional(),
  lastError: LastErrorSchema.optional(),
  /** Failed attempts in a row (backoff exponent, [S42]); 0 after a success. */
  attempt: z.int().min(0).default(0),
  /** When the next automatic attempt is due after a retryable failure. */
  nextAttemptAt: z.string().optional(),
});

export type LastSyncError = z.infer<typeof LastErrorSchema>;
export type SyncRecord = z.infer<typeof SyncRecordSchema>;

export const EMPTY_SYNC_RECORD: SyncRecord = { attempt: 0 };

export function teamInfo(settings: TeamSettings): TeamInfo {
  const { token: _token, ...info } = settings;
  return info;
}

export async function getTeamSettings(): Promise<TeamSettings | undefined> {
  const row = await getDb().syncMeta.get(TEAM_KEY);
  const parsed = TeamSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

/** Joining (or re-joining another team): the previous team's status history no longer applies. */
export async function saveTeamSettings(settings: TeamSettings): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.syncMeta, async () => {
    await db.syncMeta.put({ key: TEAM_KEY, value: TeamSettingsSchema.parse(settings) });
    await db.syncMeta.put({ key: STATUS_KEY, value: EMPTY_SYNC_RECORD });
  });
}

/** Leaving the team forgets the token and the sync history. Contacts are another table: never touched here. */
export async function clearTeamSettings(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.syncMeta, async () => {
    await db.syncMeta.bulkDelete([TEAM_KEY, STATUS_KEY]);
  });
}

export async function getSyncRecord(): Promise<SyncRecord> {
  const row = await getDb().syncMeta.get(STATUS_KEY);
  const parsed = SyncRecordSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : EMPTY_SYNC_RECORD;
}

/**
 * Stores the outcome of an attempt, but only while the same token is still joined: a sync that finishes
 * after the user left (or joined another team) must not bring the old status back.
 */
export async function putSyncRecord(record: SyncRecord, token: string): Promise<boolean> {
  const db = getDb();
  return db.transaction('rw', db.syncMeta, async () => {
    const team = TeamSettingsSchema.safeParse((await db.syncMeta.get(TEAM_KEY))?.value);
    if (!team.success || team.data.token !== token) return false;
    await db.syncMeta.put({ key: STATUS_KEY, value: SyncRecordSchema.parse(record) });
    return true;
  });
}
