/**
 * The content pack, validated with the same compiler the build uses, plus the integrity rules issue #2 asks
 * for: each rule is shown to fail on a broken pack, so the checks cannot pass vacuously.
 */
import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../tests/unit/test-content';
import { findContentProblems, packTexts } from './content-problems';
import { contentPackSchema } from './schema';

const pack = testContentPack();

describe('bundled content pack', () => {
  it('passes the schema and has no integrity problem', () => {
    expect(contentPackSchema.safeParse(pack).success).toBe(true);
    expect(findContentProblems(pack)).toEqual([]);
  });

  it('has every numbered section of parts 01–04 with its real number', () => {
    const numbers = pack.guide.sections.flatMap((s) => (s.number ? [s.number] : []));
    expect(numbers).toEqual([
      '01',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
      '02',
      '2.1',
      '2.1.1',
      '2.2',
      '2.3',
      '2.3.1',
      '2.3.2',
      '2.4',
      '2.4.1',
      '2.4.2',
      '2.5',
      '2.6',
      '2.7',
      '03',
      '3.1',
      '3.1.1',
      '3.1.2',
      '3.2',
      '3.3',
      '04',
      '4.1',
      '4.2',
      '4.2.1',
      '4.2.2',
    ]);
    const ids = pack.guide.sections.map((s) => s.id);
    for (const id of ['intro', 'conclusion', 'table-1', 'appendix-1', 'appendix-1-references', 'appendix-2']) {
      expect(ids).toContain(id);
    }
  });

  it('carries the callouts and the examples of the three towns', () => {
    const blocks = pack.guide.sections.flatMap((s) => s.blocks);
    const examples = blocks.filter((b) => b.type === 'example');
    const towns = new Set(examples.flatMap((b) => b.towns));
    expect(towns).toEqual(new Set(['Sarcelles', 'Lille', 'Loos']));
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(blocks.some((b) => b.type === 'callout' && b.kind === 'important')).toBe(true);
    expect(blocks.some((b) => b.type === 'callout' && b.kind === 'risks')).toBe(true);
  });

  it('has the 15 Appendix 2 terms and the other terms the guide explains', () => {
    const appendix = pack.vocabulary.filter((v) => v.source === 'appendix-2').map((v) => v.id);
    expect(appendix.sort()).toEqual(
      [
        'arah',
        'aspirant',
        'banquier',
        'charbonneur',
        'coursier',
        'defaucher',
        'equipe-feu',
        'etre-a-la-sacoche',
        'four',
        'guetteur',
        'jambisation',
        'monsieur-propre',
        'nourrice',
        'rh-surveillant',
        'transporteur',
      ].sort(),
    );
    for (const id of ['petites-mains', 'point-de-deal', 'basculement', 'economie-canette-sandwich', 'contrats-ete']) {
      const entry = pack.vocabulary.find((v) => v.id === id);
      expect(
        entry?.sections.some((s) => s !== 'appendix-2'),
        id,
      ).toBe(true);
    }
  });

  it('has the schemes the issue lists, each with an age range and a guide section', () => {
    const ids = pack.schemes.map((s) => s.id);
    for (const id of [
      'edi',
      'mission-locale',
      'cej',
      'epide',
      'prij',
      'tapaj',
      'chantiers-educatifs',
      'service-civique',
      'e2c',
      'sejours-rupture',
      'rao',
      'cddf',
      'psfp',
      'caf-parentalite',
      'gpds',
      'mlds',
      'foquale',
      'cesce',
      'cio',
      'dispositifs-relais',
      'ecole-ouverte',
      'vvv',
      'quartiers-ete',
      'plateforme-signalement',
      'temoin-anonyme',
      'temoin-confidentiel',
      'prisme',
      'unplugged',
      'gbg',
    ]) {
      expect(ids).toContain(id);
    }
    const cej = pack.schemes.find((s) => s.id === 'cej');
    expect(cej?.eligibility).toMatchObject({ ageMin: 16, ageMax: 25 });
    expect(cej?.eligibility.ageExtensions).toContainEqual({ fact: 'recognised-disability', ageMax: 29 });
  });

  it('has a referral checklist with the generic steps for every referral scheme, and the procedures', () => {
    for (const scheme of pack.schemes.filter((s) => s.referral)) {
      const list = pack.checklists.find((c) => c.id === `referral-${scheme.id}`);
      const steps = list?.steps.map((s) => s.id) ?? [];
      expect(steps, scheme.id).toEqual(
        expect.arrayContaining(['explain', 'check-eligibility', 'consent', 'record-outcome']),
      );
      expect(steps.length, scheme.id).toBeGreaterThan(7);
    }
    const procedures = pack.checklists.filter((c) => c.kind === 'procedure').map((c) => c.id);
    expect(procedures.sort()).toEqual(
      [
        'rao-procedure',
        'intervention-stay-pathway',
        'parent-support',
        'cddf-procedure',
        'reporting-witness-protection',
        'assessment-questions',
        'coordinator-role',
        'communication-tool-risks',
      ].sort(),
    );
  });

  it('has fixed the extraction artefacts', () => {
    const all = [...packTexts(pack)].map(([, text]) => text).join('\n');
    for (const artefact of ['Exles', 'treshold', 'Favoriser l', '▶', '](#)', '<i>', 'at risk at risk']) {
      expect(all, artefact).not.toContain(artefact);
    }
  });
});

describe('Table 1 pairs the responses as the source table prints them (issue #12)', () => {
  it.each([
    ['minor-self-confidence', ['Developing life skills', 'Combating school drop-out']],
    ['minor-lack-of-prospects', ['Opening up possibilities']],
    ['minor-money', ['Promoting schemes to help young people turn their backs', 'Removing taboos']],
    ['minor-attractiveness', ['Showing the reality of the justice system']],
    ['minor-impunity', ['Responding at the first sign of trouble: formal warnings']],
  ])('%s', (id, starts) => {
    const factor = pack.table1.factors.find((f) => f.id === id);
    expect(factor?.responses.map((r, i) => r.text.startsWith(starts[i] ?? '-'))).toEqual(starts.map(() => true));
  });
});

describe('integrity rules catch broken packs', () => {
  const broken = (mutate: (p: typeof pack) => void) => {
    const copy = testContentPack();
    mutate(copy);
    return findContentProblems(copy);
  };

  it('reports a cross-reference that points nowhere', () => {
    expect(
      broken((p) => {
        p.guide.sections[0]!.blocks.push({ type: 'p', text: 'See [this](scheme:does-not-exist).' });
      }),
    ).toContainEqual(expect.stringContaining('scheme "does-not-exist" does not exist'));
  });

  it('reports a section missing from the table of contents', () => {
    expect(
      broken((p) => {
        p.guide.sections.find((s) => s.id === '2-4-2')!.parent = 'nowhere';
      }),
    ).toContainEqual(expect.stringContaining('not in the table of contents'));
  });

  it('reports a scheme without an age range and a term without gloss (schema)', () => {
    const copy = testContentPack() as unknown as {
      schemes: Record<string, unknown>[];
      vocabulary: Record<string, unknown>[];
    };
    delete (copy.schemes[0]!.eligibility as Record<string, unknown>).ageMax;
    copy.vocabulary[0]!.gloss = '';
    const result = contentPackSchema.safeParse(copy);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toContain('schemes.0.eligibility.ageMax');
    expect(paths).toContain('vocabulary.0.gloss');
  });

  it('reports a missing footnote and a referral scheme without checklist', () => {
    const problems = broken((p) => {
      p.guide.sections[0]!.blocks.push({ type: 'p', text: 'A claim[^99].' });
      p.checklists = p.checklists.filter((c) => c.id !== 'referral-cej');
    });
    expect(problems).toContainEqual(expect.stringContaining('footnote [^99] does not exist'));
    expect(problems).toContainEqual(
      expect.stringContaining('scheme cej: referral scheme without a referral checklist'),
    );
  });

  it('reports a condition without a source, a source for no condition and a cite to a missing section', () => {
    const problems = broken((p) => {
      const epide = p.schemes.find((s) => s.id === 'epide')!.eligibility;
      delete epide.basis['low-qualification'];
      epide.basis['lives-in-qpv'] = [{ section: '2-4-2', says: 'not a condition of the rule' }];
      p.schemes.find((s) => s.id === 'e2c')!.eligibility.basis.age![0] = { section: '9-9', says: 'nowhere' };
      const rao = p.schemes.find((s) => s.id === 'rao')!.eligibility;
      rao.otherwise = { ...rao.otherwise, region: 'RAO has no region condition' };
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'scheme epide eligibility: condition "low-qualification" has no source in basis',
        'scheme epide eligibility: basis "lives-in-qpv" is not a condition of the rule',
        'scheme e2c basis: guide "9-9" does not exist',
        'scheme rao eligibility: otherwise "region" is not a condition of the rule',
      ]),
    );
  });

  it('asks a source for every firm age bound, none for an indicative or open one', () => {
    const problems = broken((p) => {
      delete p.schemes.find((s) => s.id === 'psfp')!.eligibility.basis.age;
      const cddf = p.schemes.find((s) => s.id === 'cddf')!.eligibility;
      delete cddf.ageIndicative;
    });
    expect(problems).toEqual([
      'scheme cddf eligibility: condition "age" has no source in basis',
      'scheme psfp eligibility: condition "age" has no source in basis',
    ]);
  });
});
