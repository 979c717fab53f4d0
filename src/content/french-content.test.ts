/**
 * Issue #7: no English left in the French pack (except the terms' English glosses, language-neutral by design). Each kind of field has a few tell-tale English words that French
 * text never contains; proper names, quoted slang and titles of works (in quotes or italics) and link targets
 * are left out before looking. Fails, naming the field and the words, until content/fr is fully translated.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchSpacingProblem } from '../../tests/unit/french-spacing';
import { testContentPack } from '../../tests/unit/test-content';
import { inlineToPlainText } from '../shared/text/inline-markup';
import { contentFiles } from './compile-content-pack';
import { packTexts } from './content-problems';

/** Glue words of running English prose: never French words, in any field. */
const COMMON = [
  'the',
  'and',
  'with',
  'of the',
  'which',
  'this',
  'that',
  'these',
  'their',
  'from',
  'should',
  'must',
  'will',
  'have',
  'has been',
  'are',
  'is',
  'young people',
  'minors',
  'families',
  'children',
  'within',
  'through',
  'such as',
  'however',
  'also',
  'who',
  'when',
  'where',
];

/** Words typical of one kind of field, by the start of packTexts' label. */
const BY_FIELD: Record<string, string[]> = {
  guide: ['trafficking', 'drug', 'local authority', 'stakeholders', 'prevention', 'town', 'school'],
  footnote: ['according to', 'for more information', 'key figures'],
  term: ['lookout', 'dealer', 'runner', 'stash', 'person who', 'someone'],
  scheme: ['aged', 'years old', 'training', 'support', 'job', 'apply', 'free of charge'],
  checklist: ['check', 'explain', 'record', 'ask', 'contact', 'consent', 'outcome', 'referral', 'follow-up'],
  'table-1': ['lack of', 'support', 'risk factor'],
  title: ['guidelines', 'checklist', 'table'],
};

/** Proper names with English words in them (organisations, programmes), kept as they are in French too. */
const PROPER_NAMES = [
  /Good Behavio(u)?r Game/gi,
  /Unplugged/gi,
  /Project 214/gi,
  /Strengthening Families Program(me)?/gi,
];

/** Plain text without what may legitimately be English: quotes, italics, URLs, proper names. */
function frenchOnly(text: string): string {
  let plain = text.replace(/\*[^*]+\*|_[^_]+_/g, ' ');
  plain = inlineToPlainText(plain)
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, ' ');
  for (const name of PROPER_NAMES) plain = plain.replace(name, ' ');
  return plain;
}

function englishWords(where: string, text: string): string[] {
  const kind = where.split(' ')[0] ?? '';
  const words = [...COMMON, ...(BY_FIELD[kind] ?? []), ...(where.endsWith('title') ? (BY_FIELD.title ?? []) : [])];
  const plain = frenchOnly(text);
  return words.filter((word) => new RegExp(`(^|[^\\p{L}'’])${word}($|[^\\p{L}'’])`, 'iu').test(plain));
}

function* frenchTexts(): Generator<[string, string]> {
  const fr = testContentPack('fr');
  // A term's gloss is its English gloss in both packs (shown under "In English"): the one English field.
  const glosses = new Set(fr.vocabulary.map((entry) => `term ${entry.id}\u0000${entry.gloss}`));
  for (const [where, text] of packTexts(fr)) if (!glosses.has(`${where}\u0000${text}`)) yield [where, text];
  yield ['guide meta title', fr.guide.subtitle];
  yield ['table-1 title', fr.table1.title];
  for (const list of fr.checklists) yield [`checklist ${list.id} title`, list.title];
  for (const scheme of fr.schemes) {
    for (const link of scheme.links) yield [`scheme ${scheme.id} link`, link.label];
    for (const source of scheme.sources) yield [`scheme ${scheme.id} source`, source.label];
  }
}

describe('French content', () => {
  it('detects English (the check itself)', () => {
    expect(englishWords('guide x', 'Young people and their families')).toEqual([
      'and',
      'their',
      'young people',
      'families',
    ]);
    expect(englishWords('checklist x step y', 'Record the outcome')).toEqual(['the', 'record', 'outcome']);
    expect(englishWords('guide x', 'Les jeunes et leurs familles, « the hood » et *Strange Days*')).toEqual([]);
    expect(englishWords('scheme x', 'Le Good Behavior Game, pour les 6-11 ans')).toEqual([]);
  });

  it('has no English left in any field', () => {
    const leftovers = [...frenchTexts()].flatMap(([where, text]) => {
      const found = englishWords(where, text);
      return found.length > 0 ? [`${where}: ${found.join(', ')} — ${text.slice(0, 80)}`] : [];
    });
    expect(leftovers).toEqual([]);
  });

  // As in the interface strings (tests/unit/french-typography.test.ts): "l’équipe", never "l'équipe".
  it('uses the typographic apostrophe in every French text', () => {
    // The variants too: the term's page shows them ("Autres formes entendues"); search folds both apostrophes.
    const variants = testContentPack('fr').vocabulary.flatMap((entry) =>
      entry.variants.map((variant): [string, string] => [`term ${entry.id} variant`, variant]),
    );
    const straight = [...frenchTexts(), ...variants]
      .filter(([, text]) => /\p{L}'\p{L}/u.test(inlineToPlainText(text).replace(/https?:\/\/\S+/g, ' ')))
      .map(([where, text]) => `${where}: ${text.slice(0, 80)}`);
    expect(straight).toEqual([]);
  });

  // The interface strings' rule (tests/unit/french-spacing.ts). Search variants are left as typed: they are
  // spellings met in the field, and search ignores the kind of space.
  it('sets a no-break space before : ; ! ? » and after « in every French text', () => {
    const inPack = [...frenchTexts()].filter(([, text]) => frenchSpacingProblem(text)).map(([where]) => where);
    expect(inPack).toEqual([]);
    const dir = resolve(process.cwd(), 'content', 'fr');
    const inFiles = contentFiles(dir).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /^\s*(#|variants:)/.test(line) || !frenchSpacingProblem(line) ? [] : [`${relative(dir, file)}:${i + 1}`],
        ),
    );
    expect(inFiles).toEqual([]);
  });
});
