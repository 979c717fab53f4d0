/**
 * Decision tables of the school and life-skills schemes (guide 2.3, 2.4.1 and the public references each rule
 * cites). Ages no source gives (the usual collège or lycée ages) are indicative: outside them, "to check" —
 * never excluded for the age alone; a near miss when one other condition fails and the age is at most a year
 * out. See decision-table-integration.test.ts for the statuses.
 */
import { describe, it } from 'vitest';
import { checkTable, type DecisionRow } from '../../../tests/unit/eligibility-cases';
import type { Situation } from './situation';

const at = (base: Situation, change: Situation): Situation => ({ ...base, ...change });

/** A school body for pupils in school, at indicative ages (GPDS, CESCE, relay schemes, école ouverte). */
function inSchoolRows(min: number, max: number): DecisionRow[] {
  const base: Situation = { age: min + 1, schooling: 'in-school' };
  return [
    [`age ${min - 1} (min − 1, indicative)`, at(base, { age: min - 1 }), 'to-check'],
    [`age ${min} (min)`, at(base, { age: min }), 'match'],
    [`age ${max} (max)`, at(base, { age: max }), 'match'],
    [`age ${max + 1} (max + 1, indicative)`, at(base, { age: max + 1 }), 'to-check'],
    [`age ${max + 10} (never excluded for the age alone)`, at(base, { age: max + 10 }), 'to-check'],
    ['dropped out', at(base, { schooling: 'dropped-out' }), 'near-miss'],
    ['in training', at(base, { schooling: 'in-training' }), 'near-miss'],
    ['in work', at(base, { schooling: 'employed' }), 'near-miss'],
    ['none of these', at(base, { schooling: 'neither' }), 'near-miss'],
    ['schooling unknown', at(base, { schooling: undefined }), 'to-check'],
    [`dropped out at ${max + 1}`, at(base, { schooling: 'dropped-out', age: max + 1 }), 'near-miss'],
    [`dropped out at ${max + 2}`, at(base, { schooling: 'dropped-out', age: max + 2 }), 'excluded'],
  ];
}

describe('decision tables: school and life skills', () => {
  it('GPDS — pupils of a secondary school (2.4.1); 11–18 indicative', () => {
    checkTable('gpds', inSchoolRows(11, 18));
  });

  it('CESCE — pupils of a secondary school (2.4.1); 11–18 indicative', () => {
    checkTable('cesce', inSchoolRows(11, 18));
  });

  it('relay schemes — collège pupils keeping their school status (Éduscol); 11–16 indicative', () => {
    checkTable('dispositifs-relais', inSchoolRows(11, 16));
  });

  it('école ouverte — pupils who volunteer (Autonome de Solidarité laïque); 6–18 indicative', () => {
    checkTable('ecole-ouverte', inSchoolRows(6, 18));
  });

  it('MLDS — 16 and over (Éduscol; 18 indicative); at risk of drop-out or left without a diploma', () => {
    const base: Situation = { age: 17, schooling: 'dropped-out' };
    checkTable('mlds', [
      ['age 14', at(base, { age: 14 }), 'excluded'],
      ['age 15 (min − 1, sourced)', at(base, { age: 15 }), 'near-miss'],
      ['age 16 (min)', at(base, { age: 16 }), 'match'],
      ['age 18 (max)', at(base, { age: 18 }), 'match'],
      ['age 19 (max + 1, indicative)', at(base, { age: 19 }), 'to-check'],
      ['in school', at(base, { schooling: 'in-school' }), 'match'],
      ['dropped out', at(base, { schooling: 'dropped-out' }), 'match'],
      ['in training', at(base, { schooling: 'in-training' }), 'near-miss'],
      ['in work', at(base, { schooling: 'employed' }), 'near-miss'],
      ['none of these', at(base, { schooling: 'neither' }), 'match'],
      ['schooling unknown', at(base, { schooling: undefined }), 'to-check'],
    ]);
  });

  it('FOQUALE — 16 to 25 (right to return to training, L122-2); left without a diploma or qualification', () => {
    const base: Situation = { age: 20, diploma: 'none' };
    checkTable('foquale', [
      ['age 15 (min − 1)', at(base, { age: 15 }), 'near-miss'],
      ['age 16 (min)', at(base, { age: 16 }), 'match'],
      ['age 25 (max)', at(base, { age: 25 }), 'match'],
      ['age 26 (max + 1)', at(base, { age: 26 }), 'near-miss'],
      ['a CAP or BEP (insufficient qualification)', at(base, { diploma: 'vocational' }), 'match'],
      ['baccalauréat, schooling unknown', at(base, { diploma: 'higher' }), 'to-check'],
      ['baccalauréat, in training', at(base, { diploma: 'higher', schooling: 'in-training' }), 'near-miss'],
      ['baccalauréat, dropped out', at(base, { diploma: 'higher', schooling: 'dropped-out' }), 'match'],
      ['qualification and schooling unknown', at(base, { diploma: undefined }), 'to-check'],
    ]);
  });

  it('CIO — open to all (Onisep); 11–25 indicative, no other condition', () => {
    checkTable('cio', [
      ['age 10 (min − 1, indicative)', { age: 10 }, 'to-check'],
      ['age 11 (min)', { age: 11 }, 'match'],
      ['age 25 (max)', { age: 25 }, 'match'],
      ['age 26 (max + 1, indicative)', { age: 26 }, 'to-check'],
      ['a parent-aged 45 (open to all)', { age: 45 }, 'to-check'],
      ['in work at 20', { age: 20, schooling: 'employed' }, 'match'],
    ]);
  });

  it('PRE — children aged 2 to 16 (ASH)', () => {
    checkTable('pre', [
      ['age 1 (min − 1)', { age: 1 }, 'near-miss'],
      ['age 2 (min)', { age: 2 }, 'match'],
      ['age 16 (max)', { age: 16 }, 'match'],
      ['age 17 (max + 1)', { age: 17 }, 'near-miss'],
      ['age 18', { age: 18 }, 'excluded'],
    ]);
  });

  it('PRISME — professionals working with 9 to 16 year-olds (2.3.2)', () => {
    checkTable('prisme', [
      ['age 8 (min − 1)', { age: 8 }, 'near-miss'],
      ['age 9 (min)', { age: 9 }, 'match'],
      ['age 16 (max)', { age: 16 }, 'match'],
      ['age 17 (max + 1)', { age: 17 }, 'near-miss'],
    ]);
  });

  it('Unplugged — pupils aged 12 to 14 (SIRENA-CPS), in class (2.3.1)', () => {
    const base: Situation = { age: 13, schooling: 'in-school' };
    checkTable('unplugged', [
      ['age 11 (min − 1)', at(base, { age: 11 }), 'near-miss'],
      ['age 12 (min)', at(base, { age: 12 }), 'match'],
      ['age 14 (max)', at(base, { age: 14 }), 'match'],
      ['age 15 (max + 1)', at(base, { age: 15 }), 'near-miss'],
      ['dropped out', at(base, { schooling: 'dropped-out' }), 'near-miss'],
      ['schooling unknown', at(base, { schooling: undefined }), 'to-check'],
      ['dropped out at 15', at(base, { schooling: 'dropped-out', age: 15 }), 'excluded'],
    ]);
  });

  it('Good Behavior Game — pupils aged 6 to 11 (SIRENA-CPS), in class (2.3.1)', () => {
    const base: Situation = { age: 8, schooling: 'in-school' };
    checkTable('gbg', [
      ['age 5 (min − 1)', at(base, { age: 5 }), 'near-miss'],
      ['age 6 (min)', at(base, { age: 6 }), 'match'],
      ['age 11 (max)', at(base, { age: 11 }), 'match'],
      ['age 12 (max + 1)', at(base, { age: 12 }), 'near-miss'],
      ['not in school', at(base, { schooling: 'neither' }), 'near-miss'],
      ['schooling unknown', at(base, { schooling: undefined }), 'to-check'],
    ]);
  });
});
