/** `npx tsx scripts/validate-content.ts [lang]`: compile the content pack and print problems or a summary. */
import { compileContentPack, ContentError } from '../src/content/compile-content-pack';

const lang = (process.argv[2] ?? 'en') as 'en' | 'fr';
try {
  const pack = compileContentPack(new URL('../content', import.meta.url).pathname, lang);
  console.log(
    `content ${pack.lang} ${pack.version}: ${pack.guide.sections.length} sections, ${pack.guide.footnotes.length} footnotes, ` +
      `${pack.vocabulary.length} terms, ${pack.schemes.length} schemes, ${pack.checklists.length} checklists, ` +
      `${pack.table1.factors.length} Table 1 factors`,
  );
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
