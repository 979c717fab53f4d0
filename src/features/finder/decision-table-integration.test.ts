/**
 * Decision tables of the integration and employment schemes (guide 2.4.1, 2.4.2, 2.6 and the public references
 * each rule cites): for every condition, the cases on both sides of it — ages min − 1, min, max, max + 1, each
 * qualification level, each schooling state, region in and out — with the status the SOURCES give (match, to
 * check, near miss, excluded), the other conditions held. A near miss misses one condition (an age by a year
 * at most); an unanswered question is never an exclusion.
 */
import { describe, expect, it } from 'vitest';
import { checkTable, IDF, statusOf, type DecisionRow } from '../../../tests/unit/eligibility-cases';
import type { Situation } from './situation';

const at = (base: Situation, change: Situation): Situation => ({ ...base, ...change });
const LILLE = 'hauts-de-france' as const;

describe('decision tables: integration and employment', () => {
  it('EDI — 16 to 25, personal or social difficulties (2.4.2); Île-de-France Region scheme', () => {
    const base: Situation = { age: 20, vulnerabilities: ['homeless'], region: IDF };
    const rows: DecisionRow[] = [
      ['base', base, 'match'],
      ['age 14', at(base, { age: 14 }), 'excluded'],
      ['age 15 (min − 1)', at(base, { age: 15 }), 'near-miss'],
      ['age 16 (min)', at(base, { age: 16 }), 'match'],
      ['age 25 (max)', at(base, { age: 25 }), 'match'],
      ['age 26 (max + 1)', at(base, { age: 26 }), 'near-miss'],
      ['age unknown', at(base, { age: undefined }), 'to-check'],
      ['region: Hauts-de-France (Lille)', at(base, { region: LILLE }), 'near-miss'],
      ['region unknown', at(base, { region: undefined }), 'to-check'],
      ['no listed vulnerability (other difficulties open)', at(base, { vulnerabilities: ['none'] }), 'to-check'],
      ['difficulties unknown', at(base, { vulnerabilities: undefined }), 'to-check'],
      ['outside the region and age 26', at(base, { region: LILLE, age: 26 }), 'excluded'],
    ];
    checkTable('edi', rows);
    // The team's local directory lists an EDI: it exists locally, whatever the region answered.
    expect(statusOf('edi', at(base, { region: LILLE }), true)).toBe('match');
    expect(statusOf('edi', at(base, { region: undefined }), true)).toBe('match');
  });

  it('local missions — 16 to 25 (2.4.2)', () => {
    checkTable('mission-locale', [
      ['age 14', { age: 14 }, 'excluded'],
      ['age 15 (min − 1)', { age: 15 }, 'near-miss'],
      ['age 16 (min)', { age: 16 }, 'match'],
      ['age 25 (max)', { age: 25 }, 'match'],
      ['age 26 (max + 1)', { age: 26 }, 'near-miss'],
      ['age 27', { age: 27 }, 'excluded'],
      ['age unknown', { schooling: 'neither' }, 'to-check'],
    ]);
  });

  it('CEJ — 16 to 25, under 30 with a recognised disability (2.4.2); NEET (1jeune1solution)', () => {
    const base: Situation = { age: 20, schooling: 'neither' };
    checkTable('cej', [
      ['age 15 (min − 1)', at(base, { age: 15 }), 'near-miss'],
      ['age 16 (min)', at(base, { age: 16 }), 'match'],
      ['age 25 (max)', at(base, { age: 25 }), 'match'],
      ['age 26, disability unknown', at(base, { age: 26 }), 'to-check'],
      ['age 26 (max + 1), no disability', at(base, { age: 26, disability: 'no' }), 'near-miss'],
      ['age 29 (extended max), disability', at(base, { age: 29, disability: 'yes' }), 'match'],
      ['age 30 (extended max + 1), disability', at(base, { age: 30, disability: 'yes' }), 'near-miss'],
      ['age 31, disability', at(base, { age: 31, disability: 'yes' }), 'excluded'],
      ['in school', at(base, { schooling: 'in-school' }), 'near-miss'],
      ['dropped out', at(base, { schooling: 'dropped-out' }), 'match'],
      ['in training', at(base, { schooling: 'in-training' }), 'near-miss'],
      ['in work', at(base, { schooling: 'employed' }), 'near-miss'],
      ['none of these (NEET)', at(base, { schooling: 'neither' }), 'match'],
      ['schooling unknown', at(base, { schooling: undefined }), 'to-check'],
      ['in work and 26 without disability', at(base, { schooling: 'employed', age: 26, disability: 'no' }), 'excluded'],
    ]);
  });

  it('EPIDE — 17 to 25 (2.4.2); a CAP or BEP at most, or left the lycée before the bac (F1190)', () => {
    const base: Situation = { age: 20, diploma: 'none' };
    checkTable('epide', [
      ['age 16 (min − 1)', at(base, { age: 16 }), 'near-miss'],
      ['age 17 (min)', at(base, { age: 17 }), 'match'],
      ['age 25 (max)', at(base, { age: 25 }), 'match'],
      ['age 26 (max + 1)', at(base, { age: 26 }), 'near-miss'],
      ['no diploma', at(base, { diploma: 'none' }), 'match'],
      ['a CAP or BEP (the issue: a 19-year-old with a CAP)', at(base, { age: 19, diploma: 'vocational' }), 'match'],
      ['baccalauréat or higher', at(base, { diploma: 'higher' }), 'near-miss'],
      ['qualification unknown', at(base, { diploma: undefined }), 'to-check'],
      ['left the lycée before the bac, with the brevet only', at(base, { schooling: 'dropped-out' }), 'match'],
      ['baccalauréat and 26', at(base, { diploma: 'higher', age: 26 }), 'excluded'],
    ]);
  });

  it('PRIJ — 16 to 30 (guide; prij.fr 16–25), QPV, disconnected (2.4.2); Île-de-France prefect', () => {
    const base: Situation = { age: 20, schooling: 'neither', qpv: 'yes', region: IDF };
    checkTable('prij', [
      ['base', base, 'match'],
      ['age 15 (min − 1)', at(base, { age: 15 }), 'near-miss'],
      ['age 16 (min)', at(base, { age: 16 }), 'match'],
      ['age 30 (max, the guide)', at(base, { age: 30 }), 'match'],
      ['age 31 (max + 1)', at(base, { age: 31 }), 'near-miss'],
      ['age 32', at(base, { age: 32 }), 'excluded'],
      ['not in a QPV', at(base, { qpv: 'no' }), 'near-miss'],
      ['QPV unknown', at(base, { qpv: undefined }), 'to-check'],
      ['region: Hauts-de-France', at(base, { region: LILLE }), 'near-miss'],
      ['region unknown', at(base, { region: undefined }), 'to-check'],
      ['in school', at(base, { schooling: 'in-school' }), 'near-miss'],
      ['dropped out', at(base, { schooling: 'dropped-out' }), 'match'],
      ['in training', at(base, { schooling: 'in-training' }), 'near-miss'],
      ['in work', at(base, { schooling: 'employed' }), 'near-miss'],
      ['schooling unknown', at(base, { schooling: undefined }), 'to-check'],
      ['outside a QPV and outside the region', at(base, { qpv: 'no', region: LILLE }), 'excluded'],
    ]);
    expect(statusOf('prij', at(base, { region: LILLE }), true)).toBe('match');
  });

  it('educational work programmes — 16 and over, no upper age (2.6)', () => {
    checkTable('chantiers-educatifs', [
      ['age 14', { age: 14 }, 'excluded'],
      ['age 15 (min − 1)', { age: 15 }, 'near-miss'],
      ['age 16 (min)', { age: 16 }, 'match'],
      ['age 26 (no cap at 25)', { age: 26 }, 'match'],
      ['age 40', { age: 40 }, 'match'],
    ]);
  });

  it('TAPAJ — 16 to 25 in vulnerable situations (2.6)', () => {
    const base: Situation = { age: 20, vulnerabilities: ['homeless'] };
    checkTable('tapaj', [
      ['age 15 (min − 1)', at(base, { age: 15 }), 'near-miss'],
      ['age 16 (min)', at(base, { age: 16 }), 'match'],
      ['age 25 (max)', at(base, { age: 25 }), 'match'],
      ['age 26 (max + 1)', at(base, { age: 26 }), 'near-miss'],
      ['substance use', at(base, { vulnerabilities: ['substance-use'] }), 'match'],
      ['unaccompanied minor, 17', at(base, { age: 17, vulnerabilities: ['unaccompanied-minor'] }), 'match'],
      ['none of these situations', at(base, { vulnerabilities: ['none'] }), 'near-miss'],
      ['vulnerability unknown', at(base, { vulnerabilities: undefined }), 'to-check'],
      ['not vulnerable and 26', at(base, { vulnerabilities: ['none'], age: 26 }), 'excluded'],
    ]);
  });

  it('civic service — 16 to 25, up to 30 with a disability (service-civique.gouv.fr)', () => {
    checkTable('service-civique', [
      ['age 15 (min − 1)', { age: 15 }, 'near-miss'],
      ['age 16 (min)', { age: 16 }, 'match'],
      ['age 25 (max)', { age: 25 }, 'match'],
      ['age 26, disability unknown', { age: 26 }, 'to-check'],
      ['age 26 (max + 1), no disability', { age: 26, disability: 'no' }, 'near-miss'],
      ['age 30 (extended max), disability', { age: 30, disability: 'yes' }, 'match'],
      ['age 31 (extended max + 1), disability', { age: 31, disability: 'yes' }, 'near-miss'],
      ['age 31, no disability', { age: 31, disability: 'no' }, 'excluded'],
    ]);
  });

  it('E2C — under 26 (2.4.1), from 16, left school without a diploma or qualification (Réseau E2C)', () => {
    const base: Situation = { age: 20, diploma: 'none', schooling: 'dropped-out' };
    checkTable('e2c', [
      ['age 15 (min − 1)', at(base, { age: 15 }), 'near-miss'],
      ['age 16 (min)', at(base, { age: 16 }), 'match'],
      ['age 25 (max)', at(base, { age: 25 }), 'match'],
      ['age 26 (max + 1)', at(base, { age: 26 }), 'near-miss'],
      ['no diploma', at(base, { diploma: 'none' }), 'match'],
      ['a CAP or BEP (a qualification)', at(base, { diploma: 'vocational' }), 'near-miss'],
      ['baccalauréat or higher', at(base, { diploma: 'higher' }), 'near-miss'],
      ['qualification unknown', at(base, { diploma: undefined }), 'to-check'],
      ['in school', at(base, { schooling: 'in-school' }), 'near-miss'],
      ['dropped out', at(base, { schooling: 'dropped-out' }), 'match'],
      ['in training', at(base, { schooling: 'in-training' }), 'match'],
      ['in work', at(base, { schooling: 'employed' }), 'match'],
      ['none of these', at(base, { schooling: 'neither' }), 'match'],
      ['schooling unknown', at(base, { schooling: undefined }), 'to-check'],
      [
        'a pupil in school with the baccalauréat (the issue)',
        at(base, { schooling: 'in-school', diploma: 'higher' }),
        'excluded',
      ],
    ]);
  });
});
