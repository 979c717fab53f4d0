/**
 * Issue #5, referrals over the sync API: a referral lives in its contact's body ([S80]), so it is validated,
 * stored and read back with the contact; a bad referral rejects its contact alone ([S11], [S81]); the team's CSV
 * export summarises them ([S31]).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_REFERRAL_STEPS,
  MAX_REFERRALS,
  type Contact,
  type ContactsPage,
  type Referral,
} from '../../src/shared/protocol/protocol';
import { api, body, contact, snapshot, startSyncServer, statuses, sync, type SyncTestServer } from './sync-helpers';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: randomUUID(),
    schemeId: 'cej',
    checklistId: 'referral-cej',
    startedAt: '2025-03-14T21:10:00.000Z',
    stepsDone: ['explain', 'consent'],
    outcome: 'in-progress',
    updatedAt: '2025-03-14T21:12:00.000Z',
    ...overrides,
  };
}

const withReferrals = (referrals: unknown): Contact =>
  contact({ body: body({ schemes: ['cej', 'epide'], referrals: referrals as Referral[] }) });
const twice = (one: Referral): Referral[] => [one, { ...one }];

const listA = async (): Promise<Contact[]> =>
  (await api<ContactsPage>(server, '/api/v1/contacts?limit=1000', { token: server.a.coordinator })).json.contacts;

describe('referrals over POST /api/v1/sync', () => {
  it('[S80][S82] a contact with referrals round-trips exactly; a tick is a new revision', async () => {
    const sent = withReferrals([
      referral({ followUpDate: '2025-03-21' }),
      referral({ schemeId: 'epide', checklistId: 'referral-epide', outcome: 'refused', stepsDone: [] }),
    ]);
    expect(statuses(await sync(server, server.a.worker, [sent]))).toEqual(['created']);
    expect((await listA()).find((c) => c.id === sent.id)).toEqual(sent);

    const body2 = structuredClone(sent.body)!;
    body2.referrals![0]!.stepsDone.push('share-minimum');
    body2.referrals![0]!.outcome = 'waiting';
    const ticked = { ...sent, revision: 2, body: body2 } as Contact;
    expect(statuses(await sync(server, server.a.worker, [ticked]))).toEqual(['updated']);
    // [S14] The same revision again is harmless.
    expect(statuses(await sync(server, server.a.worker, [ticked]))).toEqual(['unchanged']);
    expect((await listA()).find((c) => c.id === sent.id)).toEqual(ticked);
  });

  it('[S80] a body without referrals, or with an empty list, stays valid', async () => {
    const none = contact();
    const empty = withReferrals([]);
    expect(statuses(await sync(server, server.a.worker, [none, empty]))).toEqual(['created', 'created']);
  });

  it.each<[string, unknown, RegExp]>([
    ['an unknown outcome', [{ ...referral(), outcome: 'lost' }], /^body\.referrals\.0\.outcome: /],
    ['free text (no such field)', [{ ...referral(), note: 'Kevin, 15' }], /^body\.referrals\.0: 1 unknown key/],
    ['an uppercase id', [{ ...referral(), id: randomUUID().toUpperCase() }], /^body\.referrals\.0\.id: /],
    ['a missing id', [{ ...referral(), id: undefined }], /^body\.referrals\.0\.id: /],
    ['a step that is not an id', [referral({ stepsDone: ['Called Mme X'] })], /^body\.referrals\.0\.stepsDone\.0: /],
    ['a step twice', [referral({ stepsDone: ['consent', 'consent'] })], /^body\.referrals\.0\.stepsDone: /],
    [
      'too many steps',
      [referral({ stepsDone: Array.from({ length: MAX_REFERRAL_STEPS + 1 }, (_, i) => `s-${i}`) })],
      /^body\.referrals\.0\.stepsDone: /,
    ],
    ['an impossible follow-up date', [referral({ followUpDate: '2025-02-30' })], /^body\.referrals\.0\.followUpDate: /],
    ['a start that is not a date-time', [referral({ startedAt: 'yesterday' })], /^body\.referrals\.0\.startedAt: /],
    ['the same referral twice', twice(referral()), /^body\.referrals: .*distinct/],
    ['too many referrals', Array.from({ length: MAX_REFERRALS + 1 }, () => referral()), /^body\.referrals: /],
    ['not a list', { 0: referral() }, /^body\.referrals: /],
  ])('[S81][S11] %s rejects that contact alone, naming the path', async (_name, referrals, reason) => {
    const bad = withReferrals(referrals);
    const good = withReferrals([referral()]);
    const before = snapshot(server.db);
    const response = await sync(server, server.a.worker, [bad, good]);
    expect(response.status).toBe(200);
    expect(statuses(response)).toEqual(['rejected', 'created']);
    expect(response.json.results[0]?.reason).toMatch(reason);
    // Reasons never quote the content ([S11]).
    expect(response.json.results[0]?.reason).not.toMatch(/Kevin|Mme X/);
    expect(snapshot(server.db).rows).toBe(before.rows + 1);
  });
});

describe('referrals in GET /api/v1/export.csv', () => {
  it('[S31][S80] adds the referral schemes and outcomes, after the referrals JSON', async () => {
    const fresh = await startSyncServer();
    try {
      const sent = withReferrals([
        referral({ outcome: 'waiting' }),
        referral({ schemeId: 'epide', checklistId: 'referral-epide', outcome: 'refused' }),
      ]);
      await sync(fresh, fresh.a.worker, [sent, contact()]);
      const csv = await api<string>(fresh, '/api/v1/export.csv', { token: fresh.a.coordinator });
      const lines = csv.json.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toMatch(/,note,referrals,referralSchemes,referralOutcomes$/);
      const row = lines.find((line) => line.startsWith(sent.id));
      // Cells holding ';' are quoted whatever the separator (issue #13: French Excel splits on ';').
      expect(row).toMatch(/,"cej; epide","cej: waiting; epide: refused"$/);
      // The full JSON is still there, quoted (it holds commas and quotes).
      expect(row).toContain('""outcome"":""waiting""');
      const plain = lines.find((line) => line.length > 0 && !line.startsWith(sent.id) && !line.startsWith('id,'));
      expect(plain).toMatch(/,,,$/);
    } finally {
      await fresh.close();
    }
  });
});
