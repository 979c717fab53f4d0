/**
 * Synthetic contacts for the statistics benchmark (issue #16): one team, spread over a year, with referrals and
 * follow-ups. Deterministic and obviously fake (no realistic personal data): notes and places are filler of a
 * realistic length, because the body size is what the JSON functions of the database have to parse.
 */
import type { Contact, ContactBody, Referral } from '../../src/shared/protocol/protocol';
import { AGE_BANDS, CONTACT_KINDS, REFERRAL_OUTCOMES, SIGNALS } from '../../src/shared/protocol/protocol';
import type { Stores } from '../../server/store/stores';

const TOPICS = ['minor-lack-of-prospects', 'minor-money', 'family-conflict', 'school-exclusion', 'peer-pressure'];
const SCHEMES = ['mission-locale', 'prij', 'pjj', 'cjc', 'maison-des-ados', 'epide'];
const FILLER = 'lorem ipsum dolor sit amet '.repeat(8);

/** A deterministic v4-shaped UUID from a number (the seed must not depend on randomness to be comparable). */
export function benchId(n: number, salt = 0): string {
  const hex = (n * 7919 + salt).toString(16).padStart(12, '0').slice(-12);
  return `${(salt + 1).toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

function pick<T>(list: readonly T[], i: number, count: number): T[] {
  return Array.from({ length: count }, (_, k) => list[(i + k * 3) % list.length] as T).filter(
    (value, index, all) => all.indexOf(value) === index,
  );
}

/** Contact number `i` of `total`, spread evenly over the 365 days from `firstDay`. */
export function statsBenchContact(i: number, total: number, firstDay: string): Contact {
  const day = new Date(Date.parse(`${firstDay}T00:00:00Z`) + Math.floor((i * 365) / total) * 86_400_000);
  const occurredAt = new Date(day.getTime() + (8 + (i % 12)) * 3_600_000).toISOString();
  const referrals: Referral[] =
    i % 5 === 0
      ? [
          {
            id: benchId(i, 1),
            schemeId: SCHEMES[i % SCHEMES.length] ?? 'prij',
            checklistId: 'default',
            startedAt: occurredAt,
            stepsDone: ['contact-made'],
            outcome: REFERRAL_OUTCOMES[i % REFERRAL_OUTCOMES.length] ?? 'in-progress',
            ...(i % 3 === 0
              ? { followUpDate: new Date(day.getTime() + 20 * 86_400_000).toISOString().slice(0, 10) }
              : {}),
            updatedAt: new Date(day.getTime() + (i % 40) * 86_400_000).toISOString(),
          },
        ]
      : [];
  const kind = i % 7 === 6 ? undefined : CONTACT_KINDS[i % CONTACT_KINDS.length];
  const body: ContactBody = {
    schemaVersion: 1,
    occurredAt,
    place: `Synthetic place ${i % 50}`,
    ...(kind ? { kind } : {}),
    ...(i % 4 === 0 ? {} : { people: 1 + (i % 6) }),
    ageBands: pick(AGE_BANDS, i, 1 + (i % 2)),
    topics: pick(TOPICS, i, 1 + (i % 3)),
    signals: pick(SIGNALS, i, i % 3),
    schemes: pick(SCHEMES, i, i % 3),
    ...(i % 9 === 0 ? { followUpDate: day.toISOString().slice(0, 10) } : {}),
    note: `Synthetic note ${i}: ${FILLER}`,
    ...(referrals.length > 0 ? { referrals } : {}),
  };
  return { id: benchId(i), revision: 1, updatedAt: occurredAt, deleted: false, body };
}

/** Seeds `total` contacts into a new team of `stores`, written by a few worker tokens; returns a coordinator token. */
export async function seedStatsTeam(stores: Stores, total: number, firstDay: string): Promise<string> {
  const team = await stores.teams.addTeam('Bench team');
  const workers = await Promise.all(
    [1, 2, 3, 4, 5, 6].map((n) => stores.teams.addToken(team.name, 'worker', `Synthetic worker ${n}`)),
  );
  const BATCH = 500;
  for (let start = 0; start < total; start += BATCH) {
    const worker = workers[(start / BATCH) % workers.length];
    if (!worker) throw new Error('no worker');
    const batch = Array.from({ length: Math.min(BATCH, total - start) }, (_, k) =>
      statsBenchContact(start + k, total, firstDay),
    );
    const writer = { tokenId: worker.id, device: worker.id, role: 'worker' as const };
    const results = await stores.contacts.applyBatch(team.id, batch, writer);
    const bad = results.find((result) => result.status !== 'created');
    if (bad) throw new Error(`seed contact not created: ${bad.status} ${bad.reason ?? ''}`);
  }
  return (await stores.teams.addToken(team.name, 'coordinator', 'Bench coordinator')).token;
}
