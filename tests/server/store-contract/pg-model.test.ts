/**
 * [S13] The PostgreSQL contact store against the reference model on random sequences of batches (the SQLite
 * store has the same comparison in contact-store-sqlite.test.ts). One database for the file; each run uses two
 * fresh teams, which the contract keeps apart ([S4]).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryContactStore } from '../../../server/contacts/memory-contact-store';
import type { PgStores } from '../../../server/postgres/pg-stores';
import { describeWithPg } from '../pg-harness';
import { body, contact } from '../sync-helpers';
import { makePgStores } from './fixture';

describeWithPg('PostgreSQL store behaves like the reference model (fast-check)', () => {
  let stores: PgStores;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const made = await makePgStores(() => new Date());
    stores = made.stores as PgStores;
    close = made.close;
  });
  afterAll(() => close());

  const ids = Array.from({ length: 4 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
  const sent = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        id: fc.constantFrom(...ids),
        revision: fc.integer({ min: 1, max: 4 }),
        note: fc.constantFrom('a', 'b'),
        deleted: fc.boolean(),
        team: fc.constantFrom(0, 1),
      }),
    },
    { weight: 1, arbitrary: fc.constant('invalid' as const) },
  );
  let run = 0;

  it('[S13] same results, pages and exports for random sequences of batches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(sent, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        async (batches) => {
          run += 1;
          const teams = [
            (await stores.teams.addTeam(`Run ${run} A`)).id,
            (await stores.teams.addTeam(`Run ${run} B`)).id,
          ];
          const model = new MemoryContactStore();
          for (const batch of batches) {
            for (const team of [0, 1]) {
              const contacts = batch
                .filter((item) => item === 'invalid' || item.team === team)
                .map((item) =>
                  item === 'invalid'
                    ? { id: ids[0], revision: 0 }
                    : item.deleted
                      ? {
                          id: item.id,
                          revision: item.revision,
                          updatedAt: '2025-01-01T00:00:00Z',
                          deleted: true,
                          body: null,
                        }
                      : contact({ id: item.id, revision: item.revision, body: body({ note: item.note }) }),
                );
              if (contacts.length === 0) continue;
              const teamId = teams[team] ?? 0;
              expect(await stores.contacts.applyBatch(teamId, contacts)).toEqual(
                await model.applyBatch(teamId, contacts),
              );
            }
          }
          for (const teamId of teams) {
            const strip = (page: { contacts: unknown[]; hasMore: boolean }) => ({
              contacts: page.contacts,
              hasMore: page.hasMore,
            });
            expect(strip(await stores.contacts.listSince(teamId, undefined, 3))).toEqual(
              strip(await model.listSince(teamId, undefined, 3)),
            );
            expect(await stores.contacts.exportAll(teamId)).toEqual(await model.exportAll(teamId));
            expect(await stores.contacts.count(teamId)).toBe(await model.count(teamId));
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
