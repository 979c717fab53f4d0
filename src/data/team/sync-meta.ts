/**
 * The sync settings and status kept on the device (two settings, src/platform/db/settings.ts): which team this device
 * joined, with its token, and the outcome of the last attempts. Read back through zod, so a row written by
 * another version of the app never crashes the sync: it reads as "not joined" / "no history".
 *
 * [S93] Once a passcode exists the token is stored sealed (an AES-GCM envelope bound to this row, like contact
 * bodies): a lost phone does not give its finder the team's access. The team's name, role and label stay clear
 * so the team panel and the lock screen can say which team this is while locked; only sending needs the token.
 */
import { setDeviceFlag } from '../../platform/device-flags/device-flags';
import { z } from '../../shared/zod';
import { sealMode } from '../device-lock/key-record';
import { getDb } from '../../platform/db/db';
import { defineSetting, SETTING_KEYS } from '../../platform/db/settings';
import { TABLES } from '../../platform/db/tables';
import { getVaultSession, isEnvelope, type Envelope, type RecordRef } from '../../platform/vault';
import { FAILURE_KINDS } from './classify-failure';
import { ROLES } from '../../shared/protocol/protocol';

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

/** As stored: the token in clear before any passcode, sealed after ([S93]). */
const StoredTeamSchema = TeamSettingsSchema.extend({
  token: z.union([z.string().min(1), z.custom<Envelope>((value) => isEnvelope(value))]),
});
type StoredTeam = z.infer<typeof StoredTeamSchema>;

const TOKEN_REF: RecordRef = { table: TABLES.syncMeta, id: SETTING_KEYS.team, field: 'token' };

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

const team = defineSetting(SETTING_KEYS.team, StoredTeamSchema);
const syncStatus = defineSetting(SETTING_KEYS.syncStatus, SyncRecordSchema);

export function teamInfo(settings: TeamSettings | StoredTeam): TeamInfo {
  const { token: _token, ...info } = settings;
  return info;
}

/** The stored row, token sealed or not. Safe inside a transaction (no crypto). */
function storedTeam(): Promise<StoredTeam | undefined> {
  return team.get();
}

/** Which team this device joined, without the token: readable while locked. */
export async function getTeamInfo(): Promise<TeamInfo | undefined> {
  const stored = await storedTeam();
  return stored && teamInfo(stored);
}

/**
 * The team with its token in clear, for a request. Once sealed, needs the vault unlocked (VaultLockedError
 * otherwise). Never call it inside a Dexie transaction: opening the token is WebCrypto work.
 */
export async function getTeamSettings(): Promise<TeamSettings | undefined> {
  const stored = await storedTeam();
  if (!stored) return undefined;
  if (typeof stored.token === 'string') return { ...stored, token: stored.token };
  const token = await getVaultSession().decrypt<string>(stored.token, TOKEN_REF);
  return { ...stored, token };
}

/** The membership a sync answer or a directory belongs to: joining again (even the same team) makes a new one. */
export const sameMembership = (a: TeamInfo | undefined, b: TeamInfo | undefined) =>
  a !== undefined && b !== undefined && a.joinedAt === b.joinedAt && a.serverUrl === b.serverUrl;

/**
 * Joining (or re-joining another team): the previous team's status history no longer applies. With a
 * passcode the token is sealed first, so it is never written in clear ([S93]): joining then needs the vault
 * unlocked (VaultLockedError otherwise; the join page asks for the code).
 */
export async function saveTeamSettings(settings: TeamSettings): Promise<void> {
  const parsed = TeamSettingsSchema.parse(settings);
  const token =
    (await sealMode()) === 'sealed' ? await getVaultSession().encrypt(parsed.token, TOKEN_REF) : parsed.token;
  const db = getDb();
  await db.transaction('rw', TABLES.syncMeta, async () => {
    await team.put({ ...parsed, token });
    await syncStatus.put(EMPTY_SYNC_RECORD);
  });
  setDeviceFlag('team', true);
}

/**
 * Seals a token stored in clear (joined before the passcode was set): after the passcode is set and at every
 * unlock, like the contacts ([S92]). Returns whether it sealed one. Written only if the membership did not
 * change meanwhile.
 */
export async function sealTeamToken(): Promise<boolean> {
  if ((await sealMode()) === 'plain') return false;
  const stored = await storedTeam();
  if (!stored || typeof stored.token !== 'string') return false;
  const token = await getVaultSession().encrypt(stored.token, TOKEN_REF);
  const db = getDb();
  return db.transaction('rw', TABLES.syncMeta, async () => {
    const current = await storedTeam();
    if (!current || typeof current.token !== 'string' || !sameMembership(current, stored)) return false;
    await team.put({ ...current, token });
    return true;
  });
}

/** Leaving the team forgets the token and the sync history. Contacts are another table: never touched here. */
export async function clearTeamSettings(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', TABLES.syncMeta, async () => {
    await team.remove();
    await syncStatus.remove();
  });
  setDeviceFlag('team', false);
}

export async function getSyncRecord(): Promise<SyncRecord> {
  return (await syncStatus.get()) ?? EMPTY_SYNC_RECORD;
}

/**
 * Stores the outcome of an attempt, but only while the same membership is still joined: a sync that finishes
 * after the user left (or joined another team) must not bring the old status back.
 */
export async function putSyncRecord(record: SyncRecord, membership: TeamInfo): Promise<boolean> {
  const db = getDb();
  return db.transaction('rw', TABLES.syncMeta, async () => {
    if (!sameMembership(await storedTeam(), membership)) return false;
    await syncStatus.put(record);
    return true;
  });
}
