/**
 * Decision tables of the pathways out of delinquency and the first-offence response (guide 2.5, 2.7), the
 * family measures (3.1, 3.3), leisure and urban policy (2.6, 4.2.2) and reporting (4.1), each from the
 * sources its rule cites. See decision-table-integration.test.ts for the statuses.
 */
import { describe, it } from 'vitest';
import { checkTable } from '../../../tests/unit/eligibility-cases';
import type { Situation } from './situation';

const at = (base: Situation, change: Situation): Situation => ({ ...base, ...change });

describe('decision tables: justice, family, leisure and reporting', () => {
  it('breakaway stays — at risk or occasionally involved (2.5), "vulnerable" (2.7); 13–17 indicative', () => {
    const base: Situation = { age: 15, involvement: 'at-risk' };
    const notAtRisk: Situation = { involvement: 'none-known', vulnerabilities: ['none'] };
    checkTable('sejours-rupture', [
      ['age 12 (min − 1, indicative)', at(base, { age: 12 }), 'to-check'],
      ['age 13 (min)', at(base, { age: 13 }), 'match'],
      ['age 17 (max)', at(base, { age: 17 }), 'match'],
      ['age 18 (max + 1, indicative)', at(base, { age: 18 }), 'to-check'],
      ['age 25 (never excluded for the age alone)', at(base, { age: 25 }), 'to-check'],
      ['occasionally involved', at(base, { involvement: 'occasional' }), 'match'],
      ['known to the justice system', at(base, { involvement: 'known-to-justice' }), 'match'],
      ['nothing known, vulnerability open', at(base, { involvement: 'none-known' }), 'to-check'],
      ['nothing known, homeless', at(base, { involvement: 'none-known', vulnerabilities: ['homeless'] }), 'match'],
      ['nothing known, no vulnerable situation', at(base, notAtRisk), 'near-miss'],
      ['not at risk, age 18 (a year out)', at(base, { ...notAtRisk, age: 18 }), 'near-miss'],
      ['not at risk, age 19', at(base, { ...notAtRisk, age: 19 }), 'excluded'],
    ]);
  });

  it('RAO — from the first offence, facts that are not crimes or misdemeanours (2.7); no age in the guide', () => {
    const base: Situation = { age: 15, firstOffence: 'yes', factsNature: 'incivility' };
    checkTable('rao', [
      ['a first incivility', base, 'match'],
      ['a child of 8 (no age limit)', at(base, { age: 8 }), 'match'],
      ['an adult of 40 (minors and adults)', at(base, { age: 40 }), 'match'],
      ['a misdemeanour or crime (selling drugs)', at(base, { factsNature: 'misdemeanour' }), 'near-miss'],
      ['nature of the facts unknown', at(base, { factsNature: undefined }), 'to-check'],
      ['not a first offence', at(base, { firstOffence: 'no' }), 'near-miss'],
      ['first offence unknown', at(base, { firstOffence: undefined }), 'to-check'],
      ['a repeated misdemeanour', at(base, { firstOffence: 'no', factsNature: 'misdemeanour' }), 'excluded'],
    ]);
  });

  it('CDDF — families of children in difficulty (3.3); minors, the upper age indicative', () => {
    checkTable('cddf', [
      ['age 0 (min)', { age: 0 }, 'match'],
      ['age 17 (max)', { age: 17 }, 'match'],
      ['age 18 (max + 1, indicative)', { age: 18 }, 'to-check'],
      ['family asking for help at 14', { age: 14, familyRequest: 'yes' }, 'match'],
    ]);
  });

  it('PSFP — children 6 to 11, adapted for 3–6 and 12–16 (3.1.1)', () => {
    checkTable('psfp', [
      ['age 1', { age: 1 }, 'excluded'],
      ['age 2 (min − 1)', { age: 2 }, 'near-miss'],
      ['age 3 (min)', { age: 3 }, 'match'],
      ['age 16 (max)', { age: 16 }, 'match'],
      ['age 17 (max + 1)', { age: 17 }, 'near-miss'],
      ['age 18', { age: 18 }, 'excluded'],
    ]);
  });

  it('CAF parenting support — all parents (3.1.2); parents of minors indicative', () => {
    checkTable('caf-parentalite', [
      ['age 0 (min)', { age: 0 }, 'match'],
      ['age 17 (max)', { age: 17 }, 'match'],
      ['age 18 (max + 1, indicative)', { age: 18 }, 'to-check'],
      ['age 30 (never excluded for the age alone)', { age: 30 }, 'to-check'],
    ]);
  });

  it('VVV — young people aged 11 to 18 (Banque des Territoires)', () => {
    checkTable('vvv', [
      ['age 10 (min − 1)', { age: 10 }, 'near-miss'],
      ['age 11 (min)', { age: 11 }, 'match'],
      ['age 18 (max)', { age: 18 }, 'match'],
      ['age 19 (max + 1)', { age: 19 }, 'near-miss'],
      ['age 20', { age: 20 }, 'excluded'],
    ]);
  });

  it("Quartiers d'été — residents of priority neighbourhoods, all ages (4.2.2)", () => {
    checkTable('quartiers-ete', [
      ['in a QPV, a child of 6', { age: 6, qpv: 'yes' }, 'match'],
      ['in a QPV, an adult of 70', { age: 70, qpv: 'yes' }, 'match'],
      ['not in a QPV', { age: 15, qpv: 'no' }, 'near-miss'],
      ['QPV unknown', { age: 15 }, 'to-check'],
    ]);
  });

  it('reporting and witness protection — residents or witnesses (4.1): never asked, so always to check', () => {
    for (const id of ['plateforme-signalement', 'temoin-anonyme', 'temoin-confidentiel']) {
      checkTable(id, [
        ['a minor of 15', { age: 15 }, 'to-check'],
        ['an adult of 40', { age: 40, qpv: 'yes' }, 'to-check'],
      ]);
    }
  });
});
