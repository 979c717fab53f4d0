import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { testContentPack } from '../../tests/unit/test-content';
import { LimitsDb } from './db';
import { ensureContentSeeded, needsSeeding, readContentMeta, SEED_FORMAT, seedContent } from './seed-content';

let n = 0;
const dbs: LimitsDb[] = [];
function newDb(): LimitsDb {
  const db = new LimitsDb(`seed-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('content seeding', () => {
  it('seeds every content table on first run and reports progress up to 100 %', async () => {
    const db = newDb();
    const pack = testContentPack();
    const progress: number[] = [];
    const result = await ensureContentSeeded(
      db,
      { version: pack.version, lang: 'en' },
      async () => pack,
      (d, t) => progress.push(d / t),
    );
    expect(result).toBe('seeded');
    expect(await db.sections.count()).toBe(pack.guide.sections.length);
    expect(await db.terms.count()).toBe(pack.vocabulary.length);
    expect(await db.schemes.count()).toBe(pack.schemes.length);
    expect(await db.checklists.count()).toBe(pack.checklists.length);
    expect(await db.tableFactors.count()).toBe(pack.table1.factors.length);
    expect(await db.footnotes.count()).toBe(pack.guide.footnotes.length);
    expect(progress.at(-1)).toBe(1);
    expect((await db.sections.orderBy('order').first())?.id).toBe('intro');
    expect((await readContentMeta(db))?.version).toBe(pack.version);
  });

  it('does not load the pack again when the device is up to date', async () => {
    const db = newDb();
    const pack = testContentPack();
    await seedContent(db, pack);
    let loads = 0;
    const result = await ensureContentSeeded(db, { version: pack.version, lang: 'en' }, async () => {
      loads++;
      return pack;
    });
    expect(result).toBe('up-to-date');
    expect(loads).toBe(0);
  });

  it('re-seeds when the seeding format changed even if the content did not', async () => {
    const db = newDb();
    const pack = testContentPack();
    await seedContent(db, pack);
    await db.contentMeta.update('pack', { seedFormat: SEED_FORMAT - 1 });
    expect(needsSeeding(await readContentMeta(db), { version: pack.version, lang: 'en' })).toBe(true);
    expect(await ensureContentSeeded(db, { version: pack.version, lang: 'en' }, async () => pack)).toBe('seeded');
    expect((await readContentMeta(db))?.seedFormat).toBe(SEED_FORMAT);
  });

  it('files a term with a bracketed particle under its word: (Se) défaucher under D', async () => {
    const db = newDb();
    await seedContent(db, testContentPack());
    expect((await db.terms.get('defaucher'))?.sortKey).toBe('defaucher');
  });

  it('re-seeds a new content version in one go and keeps favourites and checklist runs', async () => {
    const db = newDb();
    const old = testContentPack();
    old.version = '2024.08.0';
    old.vocabulary.push({ ...old.vocabulary[0]!, id: 'removed-term' });
    await seedContent(db, old);
    await db.favourites.bulkPut([
      { kind: 'term', id: 'nourrice', createdAt: '2026-01-01T00:00:00.000Z' },
      { kind: 'term', id: 'removed-term', createdAt: '2026-01-02T00:00:00.000Z' },
    ]);
    await db.checklistRuns.put({
      id: 'run-1',
      checklistId: 'referral-cej',
      startedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      ticked: ['explain'],
    });

    const next = testContentPack();
    expect(needsSeeding(await readContentMeta(db), { version: next.version, lang: 'en' })).toBe(true);
    await ensureContentSeeded(db, { version: next.version, lang: 'en' }, async () => next);

    expect(await db.terms.get('removed-term')).toBeUndefined();
    expect(await db.terms.count()).toBe(next.vocabulary.length);
    expect((await readContentMeta(db))?.version).toBe(next.version);
    // The user's data is untouched, even a favourite whose term no longer exists.
    expect(await db.favourites.count()).toBe(2);
    expect((await db.checklistRuns.get('run-1'))?.ticked).toEqual(['explain']);
  });

  it('leaves the old content whole when seeding fails half-way', async () => {
    const db = newDb();
    const old = testContentPack();
    old.version = '2024.08.0';
    await seedContent(db, old);
    const bad = testContentPack();
    // A duplicate key in a bulkAdd-like path: make one row invalid for IndexedDB (a key that cannot be a key).
    (bad.schemes[3] as unknown as { id: unknown }).id = { not: 'a key' };
    await expect(seedContent(db, bad)).rejects.toThrow();
    expect((await readContentMeta(db))?.version).toBe('2024.08.0');
    expect(await db.schemes.count()).toBe(old.schemes.length);
    expect(await db.sections.count()).toBe(old.guide.sections.length);
  });
});
