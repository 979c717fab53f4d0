import { ERROR_CODES, type SyncResult } from '../../src/shared/protocol/protocol';
import { HttpError } from '../http/errors';
import type { ContactStore } from './contact-store';

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

/**
 * Where the daily write counts live: in the database (tables `daily_writes`), so a restart does not reset them
 * and every instance in front of one PostgreSQL counts together. Contract: tests/server/store-contract/.
 */
export interface UsageStore {
  /** Contact revisions `tokenId` wrote on `day` (YYYY-MM-DD, UTC). */
  tokenWrites(day: string, tokenId: number): Promise<number>;
  /** The same summed over the team's tokens. */
  teamWrites(day: string, teamId: number): Promise<number>;
  /** Adds `writes` to the token's count of `day` (atomically: several instances may add at once). */
  addWrites(day: string, tokenId: number, teamId: number, writes: number): Promise<void>;
}

/** How long a team's stored size is trusted before it is summed again (it grows by what each batch adds). */
const SIZE_REFRESH_MS = 60_000;

export const utcDay = (now: Date) => now.toISOString().slice(0, 10);

function secondsToTomorrow(now: Date): number {
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((tomorrow - now.getTime()) / 1000));
}

/**
 * The quota rules over a {@link UsageStore} and the contacts' stored size. The check and the write are not one
 * transaction: batches checked at the same moment (on one instance or several) may together go a batch over a
 * quota. The quotas bound abuse; they are not an exact ledger.
 */
export class Quotas {
  private readonly sizes = new Map<number, { bytes: number; at: number }>();

  constructor(
    private readonly usage: UsageStore,
    private readonly contacts: Pick<ContactStore, 'storedBytes'>,
    private readonly options: QuotaOptions,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async storedBytes(teamId: number): Promise<number> {
    const cached = this.sizes.get(teamId);
    const at = this.now().getTime();
    if (cached && at - cached.at < SIZE_REFRESH_MS) return cached.bytes;
    const bytes = await this.contacts.storedBytes(teamId);
    this.sizes.set(teamId, { bytes, at });
    return bytes;
  }

  /** Throws the 429/507 answer when a batch of `count` contacts (`bytes` of JSON) would go over a quota. */
  async check(teamId: number, tokenId: number, count: number, bytes: number): Promise<void> {
    const now = this.now();
    const today = utcDay(now);
    const retry = { 'retry-after': String(secondsToTomorrow(now)) };
    if ((await this.usage.tokenWrites(today, tokenId)) + count > this.options.contactsPerDayPerToken) {
      throw new HttpError(
        429,
        `This access code has sent its ${this.options.contactsPerDayPerToken} contacts for today; the rest waits on the device until tomorrow (UTC)`,
        { code: ERROR_CODES.quotaExceeded, headers: retry },
      );
    }
    if ((await this.usage.teamWrites(today, teamId)) + count > this.options.contactsPerDayPerTeam) {
      throw new HttpError(
        429,
        `The team has sent its ${this.options.contactsPerDayPerTeam} contacts for today; the rest waits on the devices until tomorrow (UTC)`,
        { code: ERROR_CODES.quotaExceeded, headers: retry },
      );
    }
    if ((await this.storedBytes(teamId)) + bytes > this.options.bytesPerTeam) {
      throw new HttpError(507, "The team's storage on this server is full; contacts wait on the devices", {
        code: ERROR_CODES.storageQuotaExceeded,
        headers: { 'retry-after': '3600' },
      });
    }
  }

  /** Counts what a batch really wrote (created or updated revisions). */
  async record(teamId: number, tokenId: number, results: readonly SyncResult[], bytes: number): Promise<void> {
    const written = results.filter((r) => r.status === 'created' || r.status === 'updated').length;
    if (written === 0) return;
    await this.usage.addWrites(utcDay(this.now()), tokenId, teamId, written);
    const cached = this.sizes.get(teamId);
    if (cached) cached.bytes += bytes;
  }
}

/** {@link UsageStore} in memory: the reference model. */
export class MemoryUsageStore implements UsageStore {
  private readonly counts = new Map<string, { teamId: number; writes: number }>();

  async tokenWrites(day: string, tokenId: number): Promise<number> {
    return this.counts.get(`${day}/${tokenId}`)?.writes ?? 0;
  }

  async teamWrites(day: string, teamId: number): Promise<number> {
    let sum = 0;
    for (const [key, count] of this.counts)
      if (key.startsWith(`${day}/`) && count.teamId === teamId) sum += count.writes;
    return sum;
  }

  async addWrites(day: string, tokenId: number, teamId: number, writes: number): Promise<void> {
    const key = `${day}/${tokenId}`;
    this.counts.set(key, { teamId, writes: (this.counts.get(key)?.writes ?? 0) + writes });
  }
}
