/**
 * Issue #7: every content item exists in English and in French with the same structure, and the
 * language-neutral data is identical. The first test is the product's bar (it fails, listing what is missing,
 * until content/fr is complete); the others show each parity rule failing on a diverging pack.
 */
import { describe, expect, it } from 'vitest';
import { contentDir, testCompiledPacks, testContentPack } from '../../tests/unit/test-content';
import { ContentError } from './compile-content-pack';
import { compileContentPacks } from './compile-content-packs';
import { findParityProblems } from './content-parity';
import type { Block, ContentPack } from './schema';

describe('French pack parity', () => {
  it('has every item of the English pack with the same structure (nothing filled in from English)', () => {
    expect(testCompiledPacks().notes).toEqual([]);
  });

  it('fails the strict (build) compile with the list of what is missing while it is incomplete', () => {
    const { notes } = testCompiledPacks();
    if (notes.length === 0) {
      expect(() => compileContentPacks(contentDir())).not.toThrow();
      return;
    }
    try {
      compileContentPacks(contentDir());
      expect.unreachable('the strict compile must fail');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).message).toContain('the French pack (content/fr) is incomplete');
      for (const note of notes) expect((error as ContentError).problems).toContain(note);
    }
  });
});

describe('parity rules catch a diverging translation', () => {
  const en = testContentPack('en');
  const diverge = (mutate: (fr: ContentPack) => void) => {
    const fr: ContentPack = { ...structuredClone(en), lang: 'fr' };
    mutate(fr);
    return findParityProblems(en, fr);
  };
  const section = (fr: ContentPack, id: string) => fr.guide.sections.find((s) => s.id === id)!;
  const firstExample = (fr: ContentPack) =>
    fr.guide.sections
      .flatMap((s) => s.blocks)
      .find((b): b is Extract<Block, { type: 'example' }> => b.type === 'example')!;

  it('accepts an identical structure', () => {
    expect(diverge(() => {})).toEqual([]);
  });

  it('reports a missing section, term, scheme and checklist', () => {
    const problems = diverge((fr) => {
      fr.guide.sections = fr.guide.sections.filter((s) => s.id !== '2-4-2');
      fr.vocabulary = fr.vocabulary.filter((v) => v.id !== 'nourrice');
      fr.schemes = fr.schemes.filter((s) => s.id !== 'cej');
      fr.checklists = fr.checklists.filter((c) => c.id !== 'rao-procedure');
    });
    expect(problems).toContainEqual('guide sections: missing in French: 2-4-2');
    expect(problems).toContainEqual('vocabulary: missing in French: nourrice');
    expect(problems).toContainEqual('schemes: missing in French: cej');
    expect(problems).toContainEqual('checklists: missing in French: rao-procedure');
  });

  it('reports a different block structure, example towns and list length', () => {
    const problems = diverge((fr) => {
      section(fr, '2-1-1').blocks.splice(1, 1);
      firstExample(fr).towns = ['Loos'];
    });
    expect(problems).toContainEqual(expect.stringMatching(/^guide 2-1-1: blocks differs/));
    expect(problems.join('\n')).toContain('(Loos)');
  });

  it('reports a checklist with a different number of steps', () => {
    const problems = diverge((fr) => {
      fr.checklists.find((c) => c.id === 'rao-procedure')!.steps.pop();
    });
    expect(problems).toContainEqual(expect.stringMatching(/^checklist rao-procedure: steps differs/));
  });

  it('reports changed eligibility, category, related ids and URLs', () => {
    const problems = diverge((fr) => {
      const cej = fr.schemes.find((s) => s.id === 'cej')!;
      cej.eligibility.ageMax = 26;
      cej.category = 'school';
      fr.vocabulary[0]!.related = ['nourrice'];
      fr.schemes.find((s) => s.links.length > 0)!.links[0]!.url = 'https://example.org/';
    });
    expect(problems).toContainEqual(expect.stringMatching(/^scheme cej: eligibility differs/));
    expect(problems).toContainEqual(expect.stringMatching(/^scheme cej: category differs/));
    expect(problems).toContainEqual(expect.stringMatching(/related differs/));
    expect(problems).toContainEqual(expect.stringMatching(/links differs/));
  });

  it('reports a footnote or an internal link lost or changed in a translated text', () => {
    const withNote = en.guide.sections.find((s) => s.blocks.some((b) => b.type === 'p' && /\[\^\d+\]/.test(b.text)))!;
    const problems = diverge((fr) => {
      const block = section(fr, withNote.id).blocks.find((b) => b.type === 'p' && /\[\^\d+\]/.test(b.text));
      if (block?.type === 'p') block.text = block.text.replace(/\[\^\d+\]/, '');
      const term = fr.vocabulary.find((v) => /\]\(term:/.test(v.definition))!;
      term.definition = term.definition.replace(/\]\(term:[a-z0-9-]+\)/, '](term:guetteur-x)');
    });
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^guide ${withNote.id}: text \\d+ links/footnotes differ`)),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^term [a-z-]+: text 2 links\/footnotes differ/));
  });

  it('reports a different footnote set and a different version', () => {
    const problems = diverge((fr) => {
      fr.guide.footnotes.pop();
      fr.version = '2024.08.99';
    });
    expect(problems).toContainEqual(expect.stringMatching(/^footnotes: missing in French/));
    expect(problems).toContainEqual(expect.stringMatching(/^meta: version/));
  });
});
