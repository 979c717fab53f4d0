import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { testContentPack } from '../../tests/unit/test-content';
import type { ContentPack } from '../content/schema';
import { contentTables } from './content-tables';
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

const LANGS = ['en', 'fr'] as const;
const bothPacks = (): ContentPack[] => LANGS.map((lang) => testContentPack(lang));
const bundled = (version: string) => ({ version, langs: LANGS });
const held = async (db: LimitsDb) => ({ en: await readContentMeta(db, 'en'), fr: await readContentMeta(db, 'fr') });

describe('content seeding', () => {
  it('seeds every content table of both languages on first run and reports progress up to 100 %', async () => {
    const db = newDb();
    const packs = bothPacks();
    const progress: number[] = [];
    const result = await ensureContentSeeded(
      db,
      bundled(packs[0]!.version),
      async () => packs,
      (d, t) => progress.push(d / t),
    );
    expect(result).toBe('seeded');
    for (const pack of packs) {
      const tables = contentTables(db, pack.lang);
      expect(await tables.sections.count()).toBe(pack.guide.sections.length);
      expect(await tables.terms.count()).toBe(pack.vocabulary.length);
      expect(await tables.schemes.count()).toBe(pack.schemes.length);
      expect(await tables.checklists.count()).toBe(pack.checklists.length);
      expect(await tables.tableFactors.count()).toBe(pack.table1.factors.length);
      expect(await tables.footnotes.count()).toBe(pack.guide.footnotes.length);
      expect((await tables.sections.orderBy('order').first())?.id).toBe('intro');
      expect(await readContentMeta(db, pack.lang)).toMatchObject({ version: pack.version, lang: pack.lang });
    }
    expect(progress.at(-1)).toBe(1);
    // The French rows are the French pack's, the English ones the English pack's.
    const [en, fr] = packs;
    expect((await db.sectionsFr.get('2-4-2'))?.title).toBe(fr!.guide.sections.find((s) => s.id === '2-4-2')?.title);
    expect((await db.sections.get('2-4-2'))?.title).toBe(en!.guide.sections.find((s) => s.id === '2-4-2')?.title);
    expect((await readContentMeta(db, 'fr'))?.edition).toEqual(fr!.edition);
  });

  it('does not load the packs again when the device is up to date', async () => {
    const db = newDb();
    const packs = bothPacks();
    await seedContent(db, packs);
    let loads = 0;
    const result = await ensureContentSeeded(db, bundled(packs[0]!.version), async () => {
      loads++;
      return packs;
    });
    expect(result).toBe('up-to-date');
    expect(loads).toBe(0);
  });

  it('seeds again when a language is missing (a device seeded before the French pack existed)', async () => {
    const db = newDb();
    const packs = bothPacks();
    await seedContent(db, [packs[0]!]);
    expect(needsSeeding(await held(db), bundled(packs[0]!.version))).toBe(true);
    expect(await ensureContentSeeded(db, bundled(packs[0]!.version), async () => packs)).toBe('seeded');
    expect(await db.termsFr.count()).toBe(packs[1]!.vocabulary.length);
  });

  it('re-seeds when the seeding format changed even if the content did not', async () => {
    const db = newDb();
    const packs = bothPacks();
    await seedContent(db, packs);
    await db.contentMeta.update('pack-fr', { seedFormat: SEED_FORMAT - 1 });
    expect(needsSeeding(await held(db), bundled(packs[0]!.version))).toBe(true);
    expect(await ensureContentSeeded(db, bundled(packs[0]!.version), async () => packs)).toBe('seeded');
    expect((await readContentMeta(db, 'fr'))?.seedFormat).toBe(SEED_FORMAT);
  });

  it('files a term with a bracketed particle under its word: (Se) défaucher under D', async () => {
    const db = newDb();
    await seedContent(db, bothPacks());
    expect((await db.terms.get('defaucher'))?.sortKey).toBe('defaucher');
    expect((await db.termsFr.get('defaucher'))?.sortKey).toBe('defaucher');
  });

  it('re-seeds a new content version in one go and keeps favourites and checklist runs', async () => {
    const db = newDb();
    const old = bothPacks();
    for (const pack of old) {
      pack.version = '2024.08.0';
      pack.vocabulary.push({ ...pack.vocabulary[0]!, id: 'removed-term' });
    }
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

    const next = bothPacks();
    expect(needsSeeding(await held(db), bundled(next[0]!.version))).toBe(true);
    await ensureContentSeeded(db, bundled(next[0]!.version), async () => next);

    expect(await db.terms.get('removed-term')).toBeUndefined();
    expect(await db.termsFr.get('removed-term')).toBeUndefined();
    expect(await db.terms.count()).toBe(next[0]!.vocabulary.length);
    expect((await readContentMeta(db, 'fr'))?.version).toBe(next[1]!.version);
    // The user's data is untouched, even a favourite whose term no longer exists.
    expect(await db.favourites.count()).toBe(2);
    expect((await db.checklistRuns.get('run-1'))?.ticked).toEqual(['explain']);
  });

  it('leaves the old content whole, in both languages, when seeding fails half-way', async () => {
    const db = newDb();
    const old = bothPacks();
    for (const pack of old) pack.version = '2024.08.0';
    await seedContent(db, old);
    const bad = bothPacks();
    // The French pack fails after the English one is written: a key IndexedDB cannot store.
    (bad[1]!.schemes[3] as unknown as { id: unknown }).id = { not: 'a key' };
    await expect(seedContent(db, bad)).rejects.toThrow();
    expect((await readContentMeta(db, 'en'))?.version).toBe('2024.08.0');
    expect((await readContentMeta(db, 'fr'))?.version).toBe('2024.08.0');
    expect(await db.schemes.count()).toBe(old[0]!.schemes.length);
    expect(await db.schemesFr.count()).toBe(old[1]!.schemes.length);
  });
});
