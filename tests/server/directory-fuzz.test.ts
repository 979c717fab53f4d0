/**
 * Property-based fuzzing of PUT /api/v1/directory over real HTTP (fast-check): mutated valid directories, random
 * JSON, cut bodies, wrong types and content types. Invariants: never a 5xx, every error is `{ error, message }`,
 * a refused request writes nothing, an accepted one is exactly what GET then answers.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectorySchema, ENTRY_FIELDS, type Directory } from '../../src/shared/directory/schema';
import { directorySnapshot, entry, getDirectory } from './directory-helpers';
import { startSyncServer, type SyncTestServer } from './sync-helpers';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
  // Durability is not what this suite checks: skipping the per-commit fsync keeps it fast.
  server.db.pragma('synchronous = NORMAL');
});
afterAll(async () => {
  await server.close();
});

interface Attempt {
  /** The body, given the version current when it is sent (so "stale" and "current" mean what they say). */
  payload: string | ((currentVersion: number) => string);
  contentType: string;
}

const nasty = fc.constantFrom<unknown>(
  'x'.repeat(3000),
  '',
  '   ',
  '\u0000',
  '\ud800',
  '=cmd|/C calc',
  'line\nbreak',
  '+33 1 23 45 67 89',
  '01 23',
  'a@b',
  'javascript:alert(1)',
  'geo:1,2',
  1e308,
  -1,
  0.5,
  2 ** 53,
  true,
  null,
  [],
  {},
  { __proto__: 'x' },
  'ABCDEF00-0000-4000-8000-00000000000A',
  'mission-locale',
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), nasty);

const mutation = fc.record({
  index: fc.nat(),
  field: fc.constantFrom<string>(...ENTRY_FIELDS, 'extra'),
  op: fc.constantFrom('set', 'set', 'delete'),
  value: anyValue,
});

const mutatedDirectory: fc.Arbitrary<Attempt> = fc
  .record({
    count: fc.nat({ max: 5 }),
    mutations: fc.array(mutation, { maxLength: 2 }),
    base: fc.constantFrom('current', 'current', 'none', 'stale', 'random'),
    randomBase: anyValue,
  })
  .map(({ count, mutations, base, randomBase }) => {
    const entries: Array<Record<string, unknown>> = Array.from({ length: count }, (_, i) => ({
      ...entry({ name: `S ${i}` }),
    }));
    for (const m of mutations) {
      const target = entries[m.index % Math.max(1, entries.length)];
      if (target === undefined) continue;
      if (m.op === 'delete') delete target[m.field];
      else target[m.field] = m.value;
    }
    const payload = (currentVersion: number) => {
      const baseVersion =
        base === 'current'
          ? currentVersion
          : base === 'stale'
            ? currentVersion - 1
            : base === 'random'
              ? randomBase
              : undefined;
      return JSON.stringify({ ...(base === 'none' ? {} : { baseVersion }), entries });
    };
    return { payload, contentType: 'application/json' };
  });

const cut = (a: Attempt, at: number): Attempt => ({
  ...a,
  payload: (version: number) => {
    const full = typeof a.payload === 'string' ? a.payload : a.payload(version);
    return full.slice(0, at % Math.max(1, full.length));
  },
});

const json = (value: unknown): Attempt => ({
  payload: JSON.stringify(value) ?? 'null',
  contentType: 'application/json',
});

const attempt: fc.Arbitrary<Attempt> = fc.oneof(
  { weight: 6, arbitrary: mutatedDirectory },
  { weight: 2, arbitrary: fc.jsonValue().map(json) },
  { weight: 1, arbitrary: fc.record({ entries: anyValue, baseVersion: fc.option(anyValue) }).map(json) },
  {
    weight: 2,
    arbitrary: fc.tuple(mutatedDirectory, fc.nat()).map(([a, at]) => cut(a, at)),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'binary', maxLength: 200 })
      .map((payload) => ({ payload, contentType: 'application/json' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(mutatedDirectory, fc.constantFrom('text/plain', 'text/csv', 'application/jsonx', 'multipart/form-data'))
      .map(([a, contentType]) => ({ ...a, contentType })),
  },
);

describe('fuzzing PUT /api/v1/directory', () => {
  it('[S74][S50] 600 random bodies: no 5xx, JSON errors, refused requests write nothing', async () => {
    const counts = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(attempt, async (a) => {
        const current: Directory = (await getDirectory(server, server.a.worker)).json;
        const before = directorySnapshot(server.db);
        const response = await fetch(`${server.baseUrl}/api/v1/directory`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${server.a.coordinator}`, 'content-type': a.contentType },
          body: typeof a.payload === 'string' ? a.payload : a.payload(current.version),
        });
        const text = await response.text();
        expect(response.status).toBeLessThan(500);
        const after = directorySnapshot(server.db);
        if (response.status !== 200) {
          counts.refused += 1;
          expect(response.headers.get('content-type')).toMatch(/^application\/json/);
          const error = JSON.parse(text) as Record<string, unknown>;
          expect(Object.keys(error).sort()).toEqual(['error', 'message']);
          expect(after).toEqual(before);
          expect((await getDirectory(server, server.a.worker)).json).toEqual(current);
          return;
        }
        counts.ok += 1;
        const published = DirectorySchema.parse(JSON.parse(text));
        expect([current.version, current.version + 1]).toContain(published.version);
        // Unchanged content writes nothing; a new version writes (older ones may be pruned at the same time).
        if (published.version === current.version) expect(after).toEqual(before);
        else expect(after.versions).toBeGreaterThan(before.versions);
        expect((await getDirectory(server, server.a.worker)).json).toEqual(published);
      }),
      { numRuns: 600 },
    );
    expect(counts.ok).toBeGreaterThan(50);
    expect(counts.refused).toBeGreaterThan(200);
    // Team B never saw any of it.
    expect((await getDirectory(server, server.b.worker)).json).toEqual({ version: 0, updatedAt: null, entries: [] });
  }, 120_000);
});
