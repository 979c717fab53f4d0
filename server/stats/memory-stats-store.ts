import { CLOSED_REFERRAL_OUTCOMES, type ContactBody, type Referral } from '../../src/shared/protocol/protocol';
import type { TeamStore } from '../auth/team-store';
import type { MemoryContactStore } from '../contacts/memory-contact-store';
import { elapsedDays } from './contact-facts';
import { emptyRawStats, type RawStats, type RawStatsQuery, type StatsStore } from './stats-store';

/** Adds one to `key` of `map`. */
function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const toCounts = (map: Map<string, number>) => [...map].map(([id, contacts]) => ({ id, contacts }));

/** [S100] The contact-level filter, shared by every figure. */
export function contactMatches(body: ContactBody, query: Pick<RawStatsQuery, 'kind' | 'scheme'>): boolean {
  if (query.kind !== undefined && body.kind !== query.kind) return false;
  if (query.scheme === undefined) return true;
  return body.schemes.includes(query.scheme) || (body.referrals ?? []).some((r) => r.schemeId === query.scheme);
}

const isOpen = (referral: Referral) => !CLOSED_REFERRAL_OUTCOMES.includes(referral.outcome);

/** The reference model of {@link StatsStore}: plain loops over the memory store's live contacts. */
export class MemoryStatsStore implements StatsStore {
  constructor(
    private readonly contacts: MemoryContactStore,
    private readonly teams: TeamStore,
  ) {}

  async aggregate(teamId: number, query: RawStatsQuery): Promise<RawStats> {
    const labels = new Map((await this.teams.listTokens()).map((token) => [token.id, token.label]));
    const raw = emptyRawStats();
    const days = new Map<string, { contacts: number; people: number }>();
    const ageBands = new Map<string, number>();
    const signals = new Map<string, number>();
    const topics = new Map<string, number>();
    const schemes = new Map<string, number>();
    const workers = new Map<string, number>();
    const referrals = new Map<string, number>();
    const closed = new Map<string, number>();
    const inPeriod = (date: string) => date >= query.from && date <= query.to;
    const followUp = (date: string | undefined) => {
      if (date === undefined) return;
      if (date < query.today) raw.followUps.overdue += 1;
      else if (date <= query.dueUntil) raw.followUps.due += 1;
    };
    for (const { contact, writtenBy } of this.contacts.liveWithWriter(teamId)) {
      const { body } = contact;
      if (!contactMatches(body, query)) continue;
      const wanted = (body.referrals ?? []).filter((r) => query.scheme === undefined || r.schemeId === query.scheme);
      for (const referral of wanted) {
        if (inPeriod(referral.startedAt.slice(0, 10))) {
          bump(referrals, `${referral.schemeId} ${referral.outcome}`);
          if (!isOpen(referral)) bump(closed, String(elapsedDays(referral.startedAt, referral.updatedAt)));
        }
        if (query.detail && isOpen(referral)) followUp(referral.followUpDate);
      }
      if (query.detail) followUp(body.followUpDate);
      const date = body.occurredAt.slice(0, 10);
      if (!inPeriod(date)) continue;
      const key = `${date} ${body.kind ?? ''}`;
      const day = days.get(key) ?? { contacts: 0, people: 0 };
      day.contacts += 1;
      day.people += body.people ?? 1;
      days.set(key, day);
      if (!query.detail) continue;
      for (const id of body.ageBands) bump(ageBands, id);
      for (const id of body.signals) bump(signals, id);
      for (const id of body.topics) bump(topics, id);
      for (const id of body.schemes) bump(schemes, id);
      const label = writtenBy === null ? undefined : labels.get(writtenBy);
      if (label !== undefined) bump(workers, label);
    }
    raw.days = [...days].map(([key, counts]) => {
      const [date = '', kind = ''] = key.split(' ');
      return { date, kind: kind === '' ? null : (kind as ContactBody['kind'] & string), ...counts };
    });
    raw.ageBands = toCounts(ageBands);
    raw.signals = toCounts(signals);
    raw.topics = toCounts(topics);
    raw.schemes = toCounts(schemes);
    raw.workers = [...workers].map(([label, contacts]) => ({ label, contacts }));
    raw.referrals = [...referrals].map(([key, n]) => {
      const [scheme = '', outcome = ''] = key.split(' ');
      return { scheme, outcome: outcome as Referral['outcome'], referrals: n };
    });
    raw.closedDays = [...closed].map(([days, n]) => ({ days: Number(days), referrals: n }));
    return raw;
  }
}
