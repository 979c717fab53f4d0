/**
 * Age boundaries (inclusive) and the disability extension, from the guide: EDI, local missions, CEJ 16–25 and
 * under 30 with a recognised disability, EPIDE 17–25, PRIJ 16–30, E2C under 26 (2.4.2), breakaway routes for
 * minors (2.5), collège and lycée schemes (2.4.1). Run against the real content pack.
 */
import { describe, it } from 'vitest';
import {
  above,
  ageUnknown,
  anyOfUnknown,
  below,
  checkCase,
  DISABILITY,
  DISABILITY_CIVIC,
  extended,
  extensionUnknown,
  fact,
  IDF,
  indicative,
  inRange,
  inRegion,
  missing,
  type Case,
} from '../../../tests/unit/eligibility-cases';

const NEET = 'not-in-education-employment-or-training';

const cases: Case[] = [
  // 11/12/13: the youngest schemes for pupils and minors at risk.
  [
    '11 in school: GBG (6–11) fits, Unplugged (from 12) is a near miss',
    { age: 11, schooling: 'in-school' },
    { match: { gbg: [inRange(6, 11, 11), fact('in-school')] }, nearMiss: { unplugged: below(12, 11) } },
  ],
  [
    '12 in school: Unplugged fits, GBG (up to 11) is a near miss',
    { age: 12, schooling: 'in-school' },
    {
      match: { unplugged: [inRange(12, 14, 12), fact('in-school')], gpds: [inRange(11, 18, 12), fact('in-school')] },
      nearMiss: { gbg: above(11, 12) },
    },
  ],
  [
    '12 at risk: breakaway routes are indicatively from 13 (no source): to check, not excluded',
    { age: 12, involvement: 'at-risk' },
    { toCheck: { 'sejours-rupture': [indicative(13, 17, 12)] } },
  ],
  [
    '13 at risk: breakaway routes fit',
    { age: 13, involvement: 'at-risk' },
    { match: { 'sejours-rupture': [inRange(13, 17, 13), fact('at-risk-of-trafficking')] } },
  ],
  // 15/16: the pivotal age.
  [
    '15 dropped out: local mission and CEJ are a year away, EPIDE two (no near miss)',
    { age: 15, schooling: 'dropped-out' },
    {
      nearMiss: { 'mission-locale': below(16, 15), cej: below(16, 15), e2c: below(16, 15) },
      absent: ['epide'],
    },
  ],
  [
    '15 in school: collège schemes fit, relay schemes up to 16',
    { age: 15, schooling: 'in-school' },
    {
      match: {
        'dispositifs-relais': [inRange(11, 16, 15), fact('in-school')],
        cesce: [inRange(11, 18, 15), fact('in-school')],
      },
      nearMiss: { unplugged: above(14, 15) },
    },
  ],
  [
    '16 dropped out: local mission and CEJ fit; EPIDE: from 17 — age 16',
    { age: 16, schooling: 'dropped-out' },
    {
      match: {
        'mission-locale': [inRange(16, 25, 16)],
        cej: [inRange(16, 25, 16), fact(NEET), fact('school-dropout')],
      },
      nearMiss: { epide: below(17, 16) },
    },
  ],
  [
    '16 in school: relay schemes still fit (up to 16)',
    { age: 16, schooling: 'in-school' },
    { match: { 'dispositifs-relais': [inRange(11, 16, 16), fact('in-school')] } },
  ],
  [
    '17 dropped out, no diploma: EPIDE fits',
    { age: 17, schooling: 'dropped-out', diploma: 'none' },
    { match: { epide: [inRange(17, 25, 17), fact('low-qualification')] } },
  ],
  [
    '17 dropped out, diploma not answered: EPIDE to check, never excluded',
    { age: 17, schooling: 'dropped-out' },
    { toCheck: { epide: [{ kind: 'fact-unknown', fact: 'low-qualification' }] } },
  ],
  [
    '17 in school: relay schemes are indicatively up to 16 (collège ages, no source): to check',
    { age: 17, schooling: 'in-school' },
    { toCheck: { 'dispositifs-relais': [indicative(11, 16, 17)] } },
  ],
  [
    '17 occasionally involved: breakaway routes still fit (minors)',
    { age: 17, involvement: 'occasional' },
    {
      match: {
        'sejours-rupture': [inRange(13, 17, 17), fact('at-risk-of-trafficking'), fact('involved-in-trafficking')],
      },
    },
  ],
  // 18: end of minority, of the training obligation and of the lycée ages.
  [
    '18 occasionally involved: breakaway routes (indicatively minors) are to check',
    { age: 18, involvement: 'occasional' },
    { toCheck: { 'sejours-rupture': [indicative(13, 17, 18)] } },
  ],
  [
    '18 in school: MLDS and GPDS fit up to 18; relay schemes two years past the collège ages',
    { age: 18, schooling: 'in-school' },
    {
      match: { mlds: [inRange(16, 18, 18), fact('in-school')], gpds: [inRange(11, 18, 18), fact('in-school')] },
      toCheck: { 'dispositifs-relais': [indicative(11, 16, 18)] },
    },
  ],
  [
    '19 dropped out: MLDS (16 and over; 18 is only indicative) is to check',
    { age: 19, schooling: 'dropped-out' },
    { toCheck: { mlds: [indicative(16, 18, 19)] }, match: { 'mission-locale': [inRange(16, 25, 19)] } },
  ],
  // 25/26: the end of the integration schemes.
  [
    '25 not in work or training: CEJ and local mission fit; E2C and EPIDE depend on the diploma',
    { age: 25, schooling: 'neither' },
    {
      match: {
        cej: [inRange(16, 25, 25), fact(NEET)],
        'mission-locale': [inRange(16, 25, 25)],
      },
      toCheck: {
        e2c: [{ kind: 'fact-unknown', fact: 'no-diploma' }],
        epide: [{ kind: 'fact-unknown', fact: 'low-qualification' }],
      },
    },
  ],
  [
    '26, disability not answered: CEJ to check (only with a recognised disability)',
    { age: 26, schooling: 'neither' },
    {
      toCheck: { cej: [extensionUnknown('recognised-disability', 29, 26)] },
      nearMiss: { 'mission-locale': above(25, 26), e2c: above(25, 26), epide: above(25, 26) },
    },
  ],
  [
    '26 without a recognised disability: CEJ and E2C (under 26) are near misses',
    { age: 26, schooling: 'neither', disability: 'no' },
    { nearMiss: { cej: above(25, 26, [DISABILITY], ['recognised-disability']), e2c: above(25, 26) } },
  ],
  // 27–30: the disability extension (CEJ under 30; civic service up to 30) and PRIJ 16–30.
  [
    'CEJ: 16–25, or under 30 with a recognised disability — age 27 and recognised disability',
    { age: 27, schooling: 'neither', disability: 'yes' },
    {
      match: {
        cej: [extended('recognised-disability', 29, 27), fact(NEET)],
        'service-civique': [extended('recognised-disability', 30, 27)],
      },
    },
  ],
  [
    '27 without a recognised disability: CEJ is two years out (no near miss)',
    { age: 27, schooling: 'neither', disability: 'no' },
    { absent: ['cej', 'service-civique', 'mission-locale'] },
  ],
  [
    '29 with a recognised disability: CEJ still fits',
    { age: 29, schooling: 'dropped-out', disability: 'yes' },
    { match: { cej: [extended('recognised-disability', 29, 29), fact(NEET), fact('school-dropout')] } },
  ],
  [
    '30 with a recognised disability: CEJ is a near miss, civic service and PRIJ (in Île-de-France) still fit',
    { age: 30, schooling: 'neither', disability: 'yes', qpv: 'yes', region: IDF },
    {
      nearMiss: { cej: above(25, 30, [DISABILITY]) },
      match: {
        'service-civique': [extended('recognised-disability', 30, 30)],
        prij: [inRange(16, 30, 30), inRegion(IDF), fact('lives-in-qpv'), fact(NEET)],
      },
    },
  ],
  [
    '31 with a recognised disability in a QPV: PRIJ and civic service are near misses, CEJ is out',
    { age: 31, schooling: 'neither', disability: 'yes', qpv: 'yes' },
    {
      nearMiss: { prij: above(30, 31), 'service-civique': above(25, 31, [DISABILITY_CIVIC]) },
      absent: ['cej'],
    },
  ],
  [
    'disability alone, age not answered: CEJ to check (age and situation)',
    { disability: 'yes' },
    {
      toCheck: {
        cej: [ageUnknown(16, 25, [DISABILITY]), anyOfUnknown(NEET, 'school-dropout')],
        epide: [ageUnknown(17, 25), { kind: 'fact-unknown', fact: 'low-qualification' }],
      },
    },
  ],
  [
    'in training at 20 with the baccalauréat: EPIDE (a CAP or BEP at most) misses the qualification',
    { age: 20, schooling: 'in-training', diploma: 'higher' },
    { nearMiss: { epide: missing('low-qualification') } },
  ],
];

describe('eligibility finder: ages and the disability extension', () => {
  it.each(cases)('%s', (_name, situation, expected) => {
    checkCase(situation, expected);
  });
});
