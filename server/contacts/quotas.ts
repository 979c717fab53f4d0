import type { Statement } from 'better-sqlite3';
import type { SyncResult } from '../../src/sync/protocol';
import type { Db } from '../db';
import { HttpError } from '../http/errors';

/**
 * Quotas per token and per team (issue #13: one worker token wrote 7 800 contacts, 128 MB, in a minute). A
 * refused batch is a 429 or 507 JSON error and writes nothing; the device keeps everything and retries later
 * ([S42]), saying why in words.
 */
export interface QuotaOptions {
  /** Contact revisions written (created or updated) per UTC day by one token. */
  contactsPerDayPerToken: number;
  /** The same for the whole team. */
  contactsPerDayPerTeam: number;
  /** Bytes of contact bodies a team stores, current and earlier revisions together. */
  bytesPerTeam: number;
}

export const DEFAULT_QUOTAS: QuotaOptions = {
  contactsPerDayPerToken: 2_000,
  contactsPerDayPerTeam: 20_000,
  bytesPerTeam: 1024 * 2 ** 20,
};

/** How long a team's stored size is trusted before it is summed again (it grows by what each batch adds). */
const SIZE_REFRESH_MS = 60_000;

const day = (now: Date) => now.toISOString().slice(0, 10);

function secondsToTomorrow(now: Date): number {
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((tomorrow - now.getTime()) / 1000));
}

export class Quotas {
  private readonly tokenToday: Statement<[string, number], { n: number | null }>;
  private readonly teamToday: Statement<[string, number], { n: number | null }>;
  private readonly add: Statement;
  private readonly teamBytes: Statement<[number, number], { n: number | null }>;
  private readonly sizes = new Map<number, { bytes: number; at: number }>();

  constructor(
    db: Db,
    private readonly options: QuotaOptions,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.tokenToday = db.prepare('SELECT writes AS n FROM daily_writes WHERE day = ? AND token_id = ?');
    this.teamToday = db.prepare('SELECT SUM(writes) AS n FROM daily_writes WHERE day = ? AND team_id = ?');
    this.add = db.prepare(
      `INSERT INTO daily_writes (day, token_id, team_id, writes) VALUES (?, ?, ?, ?)
       ON CONFLICT (day, token_id) DO UPDATE SET writes = writes + excluded.writes`,
    );
    this.teamBytes = db.prepare(
      `SELECT (SELECT COALESCE(SUM(length(body_json)), 0) FROM contacts WHERE team_id = ?) +
              (SELECT COALESCE(SUM(length(body_json)), 0) FROM contact_revisions WHERE team_id = ?) AS n`,
    );
  }

  private storedBytes(teamId: number): number {
    const cached = this.sizes.get(teamId);
    const at = this.now().getTime();
    if (cached && at - cached.at < SIZE_REFRESH_MS) return cached.bytes;
    const bytes = this.teamBytes.get(teamId, teamId)?.n ?? 0;
    this.sizes.set(teamId, { bytes, at });
    return bytes;
  }

  /** Throws the 429/507 answer when a batch of `count` contacts (`bytes` of JSON) would go over a quota. */
  check(teamId: number, tokenId: number, count: number, bytes: number): void {
    const now = this.now();
    const today = day(now);
    const retry = { 'retry-after': String(secondsToTomorrow(now)) };
    if ((this.tokenToday.get(today, tokenId)?.n ?? 0) + count > this.options.contactsPerDayPerToken) {
      throw new HttpError(
        429,
        `This access code has sent its ${this.options.contactsPerDayPerToken} contacts for today; the rest waits on the device until tomorrow (UTC)`,
        { code: 'quota_exceeded', headers: retry },
      );
    }
    if ((this.teamToday.get(today, teamId)?.n ?? 0) + count > this.options.contactsPerDayPerTeam) {
      throw new HttpError(
        429,
        `The team has sent its ${this.options.contactsPerDayPerTeam} contacts for today; the rest waits on the devices until tomorrow (UTC)`,
        { code: 'quota_exceeded', headers: retry },
      );
    }
    if (this.storedBytes(teamId) + bytes > this.options.bytesPerTeam) {
      throw new HttpError(507, "The team's storage on this server is full; contacts wait on the devices", {
        code: 'storage_quota_exceeded',
        headers: { 'retry-after': '3600' },
      });
    }
  }

  /** Counts what a batch really wrote (created or updated revisions). */
  record(teamId: number, tokenId: number, results: readonly SyncResult[], bytes: number): void {
    const written = results.filter((r) => r.status === 'created' || r.status === 'updated').length;
    if (written === 0) return;
    this.add.run(day(this.now()), tokenId, teamId, written);
    const cached = this.sizes.get(teamId);
    if (cached) cached.bytes += bytes;
  }
}
