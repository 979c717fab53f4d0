/**
 * Situations from the guide: priority neighbourhoods (PRIJ, 2.4.2), the training obligation 16–18 (2.4.2),
 * diplomas (EPIDE, E2C, FOQUALE), vulnerability (TAPAJ, EDI, 2.6), involvement in trafficking (2.5), and the
 * family and environment measures of Table 1 (parent support, CDDF, RAO after a first offence, Quartiers
 * d'été). Run against the real content pack.
 */
import { describe, expect, it } from 'vitest';
import {
  anyOfUnknown,
  below,
  checkCase,
  fact,
  IDF,
  inRange,
  inRegion,
  missing,
  outside,
  regionUnknown,
  noneOf,
  runFinder,
  type Case,
} from '../../../tests/unit/eligibility-cases';
import { isAnswered } from './situation';

const NEET = 'not-in-education-employment-or-training';
const PARENT_SUPPORT = ['family-taboo: caf-parentalite', 'family-parenting: psfp, caf-parentalite'];

const cases: Case[] = [
  // Priority neighbourhoods (QPV).
  [
    'PRIJ: 16–30, Île-de-France, in a QPV, disconnected — age 20 in a QPV with nothing',
    { age: 20, schooling: 'neither', qpv: 'yes', region: IDF },
    {
      match: { prij: [inRange(16, 30, 20), inRegion(IDF), fact('lives-in-qpv'), fact(NEET)] },
      measures: ['environment-run-down: quartiers-ete'],
    },
  ],
  [
    'outside a QPV: PRIJ is a near miss, no neighbourhood measure',
    { age: 20, schooling: 'neither', qpv: 'no' },
    { nearMiss: { prij: missing('lives-in-qpv') }, measures: [] },
  ],
  [
    'QPV not answered: PRIJ to check, never excluded',
    { age: 20, schooling: 'neither' },
    { toCheck: { prij: [regionUnknown(IDF), { kind: 'fact-unknown', fact: 'lives-in-qpv' }] } },
  ],
  [
    'in a QPV but employed: PRIJ is a near miss (not disconnected)',
    { age: 20, schooling: 'employed', qpv: 'yes' },
    { nearMiss: { prij: noneOf(NEET, 'school-dropout') } },
  ],
  [
    'a child of 12 in a QPV: holiday programmes are a priority',
    { age: 12, qpv: 'yes' },
    { match: { vvv: [inRange(11, 18, 12)] }, priorities: { vvv: ['lives-in-qpv'] } },
  ],
  // The training obligation: any minor aged 16 to 18 who has dropped out or is NEET.
  [
    'training obligation at 16, dropped out: the local mission is the response',
    { age: 16, schooling: 'dropped-out' },
    {
      priorities: {
        'mission-locale': ['school-dropout', NEET, 'training-obligation'],
        cej: ['training-obligation'],
        mlds: ['school-dropout', 'training-obligation'],
      },
    },
  ],
  [
    'training obligation at 17, neither in work nor training',
    { age: 17, schooling: 'neither' },
    {
      match: { mlds: [inRange(16, 18, 17), fact(NEET)], cej: [inRange(16, 25, 17), fact(NEET)] },
      priorities: { 'mission-locale': [NEET, 'training-obligation'] },
    },
  ],
  [
    'no training obligation at 18',
    { age: 18, schooling: 'neither' },
    { priorities: { 'mission-locale': [NEET], cej: [] } },
  ],
  [
    'no training obligation at 15 (compulsory schooling): the local mission is a year away',
    { age: 15, schooling: 'neither' },
    { nearMiss: { 'mission-locale': below(16, 15), mlds: below(16, 15) } },
  ],
  [
    'no training obligation when in training: MLDS and CEJ are near misses',
    { age: 17, schooling: 'in-training' },
    {
      nearMiss: { mlds: noneOf('in-school', 'school-dropout', NEET), cej: noneOf(NEET, 'school-dropout') },
      priorities: { 'mission-locale': [] },
    },
  ],
  // Diplomas.
  [
    'no diploma at 20: EPIDE, E2C and FOQUALE',
    { age: 20, schooling: 'neither', diploma: 'none' },
    {
      match: {
        epide: [inRange(17, 25, 20), fact('low-qualification')],
        e2c: [inRange(16, 25, 20), fact('no-diploma'), fact('left-school')],
        foquale: [inRange(16, 25, 20), fact('no-diploma'), fact('low-qualification')],
      },
      priorities: { e2c: ['no-diploma', 'low-qualification', NEET] },
    },
  ],
  [
    'a CAP or BEP: EPIDE fits (a CAP or BEP at most), E2C (no qualification) is a near miss, FOQUALE fits',
    { age: 20, schooling: 'neither', diploma: 'vocational' },
    {
      match: {
        epide: [inRange(17, 25, 20), fact('low-qualification')],
        foquale: [inRange(16, 25, 20), fact('low-qualification')],
      },
      nearMiss: { e2c: missing('no-diploma') },
    },
  ],
  [
    'baccalauréat, in training: FOQUALE is a near miss',
    { age: 19, schooling: 'in-training', diploma: 'higher' },
    { nearMiss: { foquale: noneOf('school-dropout', 'no-diploma', 'low-qualification') } },
  ],
  // Vulnerability.
  [
    'homeless at 19: TAPAJ fits; EDI (Île-de-France only) is to check where the region is not given',
    { age: 19, vulnerabilities: ['homeless'] },
    {
      match: { tapaj: [inRange(16, 25, 19), fact('vulnerable-situation')] },
      toCheck: { edi: [regionUnknown(IDF)] },
    },
  ],
  [
    'homeless at 19 in Île-de-France: EDI fits',
    { age: 19, vulnerabilities: ['homeless'], region: IDF },
    { match: { edi: [inRange(16, 25, 19), inRegion(IDF), fact('social-difficulties')] } },
  ],
  [
    'homeless at 19 in Lille (Hauts-de-France): EDI is no plain match — Île-de-France only',
    { age: 19, vulnerabilities: ['homeless'], region: 'hauts-de-france' },
    { nearMiss: { edi: outside(IDF, 'hauts-de-france') }, instead: [] },
  ],
  [
    'no vulnerable situation: TAPAJ is a near miss, EDI stays to check',
    { age: 19, vulnerabilities: ['none'] },
    {
      nearMiss: { tapaj: missing('vulnerable-situation') },
      toCheck: { edi: [regionUnknown(IDF), { kind: 'fact-unknown', fact: 'social-difficulties' }] },
    },
  ],
  [
    'substance use at 15: TAPAJ is a year away',
    { age: 15, vulnerabilities: ['substance-use'] },
    { nearMiss: { tapaj: below(16, 15) } },
  ],
  // Involvement in trafficking.
  [
    'known to the justice system at 14: breakaway routes, priority',
    { age: 14, involvement: 'known-to-justice' },
    { priorities: { 'sejours-rupture': ['involved-in-trafficking', 'known-to-justice'], vvv: ['known-to-justice'] } },
  ],
  [
    'nothing known at 15: breakaway routes to check (vulnerability open)',
    { age: 15, involvement: 'none-known' },
    { toCheck: { 'sejours-rupture': [anyOfUnknown('vulnerable-situation')] } },
  ],
  [
    'nothing known and not vulnerable: breakaway routes are a near miss',
    { age: 15, involvement: 'none-known', vulnerabilities: ['none'] },
    {
      nearMiss: {
        'sejours-rupture': noneOf('at-risk-of-trafficking', 'involved-in-trafficking', 'vulnerable-situation'),
      },
    },
  ],
  // First offence and family requests: Table 1's family measures.
  [
    'first offence at 15: RAO (formal warning, parents summoned) with the CDDF response',
    { age: 15, firstOffence: 'yes' },
    { measures: ['family-parenting: rao'], absent: ['rao'] },
  ],
  [
    'first offence at 9: the guide gives the RAO no age limit',
    { age: 9, firstOffence: 'yes' },
    { measures: ['family-parenting: rao'] },
  ],
  [
    'a first incivility: RAO in full',
    { age: 15, firstOffence: 'yes', factsNature: 'incivility' },
    { measures: ['family-parenting: rao'], instead: [] },
  ],
  [
    'a first misdemeanour (selling drugs): no RAO, and what applies instead',
    { age: 15, firstOffence: 'yes', factsNature: 'misdemeanour' },
    { measures: [], instead: ['rao: petty-facts'] },
  ],
  ['no first offence: no RAO', { age: 15, firstOffence: 'no' }, { measures: [] }],
  [
    'a family asking for help for a 14-year-old: parent support and the CDDF',
    { age: 14, familyRequest: 'yes' },
    { measures: [...PARENT_SUPPORT, 'family-parenting: cddf'] },
  ],
  [
    'a family asking for help for a 17-year-old: PSFP (up to 16) drops out',
    { age: 17, familyRequest: 'yes' },
    { measures: ['family-taboo: caf-parentalite', 'family-parenting: caf-parentalite', 'family-parenting: cddf'] },
  ],
  [
    'a family asking for help for an 18-year-old: CAF parenting support (all parents), the CDDF to check',
    { age: 18, familyRequest: 'yes' },
    { measures: ['family-taboo: caf-parentalite', 'family-parenting: caf-parentalite', 'family-parenting: cddf'] },
  ],
  [
    'a family asking for help, first offence, in a QPV: every paired response, in Table 1 order',
    { age: 15, familyRequest: 'yes', firstOffence: 'yes', qpv: 'yes' },
    { measures: [...PARENT_SUPPORT, 'family-parenting: cddf, rao', 'environment-run-down: quartiers-ete'] },
  ],
];

describe('eligibility finder: situations', () => {
  it.each(cases)('%s', (_name, situation, expected) => {
    checkCase(situation, expected);
  });

  it('lists nothing as a full match before a question is answered, and says so', () => {
    expect(isAnswered({})).toBe(false);
    const result = runFinder({});
    expect(result.matches.filter((r) => r.status === 'match')).toEqual([]);
    expect(result.nearMisses).toEqual([]);
    expect(result.measures).toEqual([]);
  });

  it('puts full matches before the ones to check, the most relevant first', () => {
    const { matches } = runFinder({ age: 17, schooling: 'dropped-out' });
    const statuses = matches.map((r) => r.status);
    expect(statuses.indexOf('to-check')).toBeGreaterThan(statuses.lastIndexOf('match'));
    expect(matches[0]?.scheme.id).toBe('mission-locale');
  });

  it('a family measure is never also listed for the young person', () => {
    const { matches, nearMisses } = runFinder({ age: 15, familyRequest: 'yes', firstOffence: 'no' });
    const ids = [...matches, ...nearMisses].map((r) => r.scheme.id);
    for (const id of ['psfp', 'caf-parentalite', 'cddf', 'rao', 'quartiers-ete', 'plateforme-signalement']) {
      expect(ids).not.toContain(id);
    }
  });
});
