/**
 * Seeds the content tables from the bundled pack, in one transaction: a device has either the whole old
 * content or the whole new one, never a mix. The user's tables (favourites, checklist runs…) are not in the
 * transaction's scope at all, so a re-seed cannot touch them.
 */
import type { ContentPack } from '../content/schema';
import { foldText } from '../lib/fold-text';
import type { LimitsDb } from './db';
import type { ContentMetaRow } from './rows';
import { CONTENT_TABLES } from './tables';

export type SeedProgress = (done: number, total: number) => void;

export interface BundledContentMeta {
  version: string;
  lang: 'en' | 'fr';
}

/** What the device holds, or undefined before the first seeding. */
export async function readContentMeta(db: LimitsDb): Promise<ContentMetaRow | undefined> {
  return db.contentMeta.get('pack');
}

/**
 * Bumped when the way rows are derived from the pack changes (sort keys, extra fields), so devices re-seed
 * even when the content itself did not change.
 */
export const SEED_FORMAT = 1;

export function needsSeeding(current: ContentMetaRow | undefined, bundled: BundledContentMeta): boolean {
  return current?.version !== bundled.version || current.lang !== bundled.lang || current.seedFormat !== SEED_FORMAT;
}

/**
 * Rows written per bulkPut. Each write wakes every live query on that table (in every tab), so a few large
 * writes cost the pages far less than many small ones; progress is reported per write.
 */
const CHUNK = 250;

export async function seedContent(db: LimitsDb, pack: ContentPack, onProgress?: SeedProgress): Promise<void> {
  const sections = pack.guide.sections.map((section, order) => ({ ...section, order }));
  // "(Se) défaucher" files under D, as in a dictionary: a leading bracketed particle does not sort.
  const terms = pack.vocabulary.map((entry) => ({
    ...entry,
    sortKey: foldText((entry.terms[0] ?? entry.id).replace(/^\([^)]*\)\s*/, '')),
  }));
  const schemes = pack.schemes.map((scheme) => ({ ...scheme, sortKey: foldText(scheme.acronym ?? scheme.nameEn) }));
  const factors = pack.table1.factors.map((factor, order) => ({ ...factor, order }));
  const total = sections.length + terms.length + schemes.length + pack.checklists.length + factors.length;
  let done = 0;

  await db.transaction('rw', [...CONTENT_TABLES], async () => {
    await Promise.all(CONTENT_TABLES.map((name) => db.table(name).clear()));
    const put = async <T>(rows: T[], table: { bulkPut(rows: T[]): Promise<unknown> }) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        await table.bulkPut(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      }
    };
    await put(sections, db.sections);
    await db.footnotes.bulkPut(pack.guide.footnotes);
    await put(terms, db.terms);
    await put(schemes, db.schemes);
    await put(pack.checklists, db.checklists);
    await put(factors, db.tableFactors);
    await db.contentMeta.put({
      key: 'pack',
      version: pack.version,
      date: pack.date,
      lang: pack.lang,
      seededAt: new Date().toISOString(),
      seedFormat: SEED_FORMAT,
      table1Title: pack.table1.title,
      table1Intro: pack.table1.intro,
      guideTitle: pack.guide.title,
      guideSubtitle: pack.guide.subtitle,
      guidePublisher: pack.guide.publisher,
      guidePublished: pack.guide.published,
    });
  });
}

/**
 * Seeds when the device has no content or an older/other one. `loadPack` is only called when needed, so a
 * normal start never downloads or parses the pack.
 */
export async function ensureContentSeeded(
  db: LimitsDb,
  bundled: BundledContentMeta,
  loadPack: () => Promise<ContentPack>,
  onProgress?: SeedProgress,
): Promise<'up-to-date' | 'seeded'> {
  if (!needsSeeding(await readContentMeta(db), bundled)) return 'up-to-date';
  const pack = await loadPack();
  await seedContent(db, pack, onProgress);
  return 'seeded';
}
