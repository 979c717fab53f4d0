/**
 * The shared referral summary ([S86]): the scheme, the steps and the local structures to contact, each field only
 * when present, and nothing about the young person.
 */
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../locales/en/referrals.json';
import fr from '../../../locales/fr/referrals.json';
import type { ChecklistRow } from '../../data/content';
import type { Referral } from '../../shared/protocol/protocol';
import type { LocalStructure } from '../../data/directory/list-scheme-entries';
import { summaryText } from './summary-text';

const REFERRAL: Referral = {
  id: '00000000-0000-4000-8000-000000000001',
  schemeId: 'cej',
  checklistId: 'referral-cej',
  startedAt: '2026-03-14T20:00:00.000Z',
  stepsDone: ['explain'],
  outcome: 'in-progress',
  followUpDate: '2026-03-21',
  updatedAt: '2026-03-15T09:00:00.000Z',
};
const SCHEME = { id: 'cej', label: 'CEJ', name: "Contrat d'engagement jeune" };
const CHECKLIST = {
  id: 'referral-cej',
  kind: 'referral',
  title: 'Referral to the CEJ',
  summary: 'Steps',
  scheme: 'cej',
  sections: ['cej'],
  steps: [
    { id: 'explain', text: 'Explain the scheme' },
    { id: 'consent', text: 'Get the **consent**' },
  ],
} as unknown as ChecklistRow;

const HEAD = [
  "Referral to CEJ – Contrat d'engagement jeune",
  'Outcome: In progress',
  '',
  'Steps',
  '[x] Explain the scheme',
  '[ ] Get the consent',
];

let tEn: TFunction<'referrals'>;
let tFr: TFunction<'referrals'>;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    resources: { en: { referrals: en }, fr: { referrals: fr } },
    interpolation: { escapeValue: false },
  });
  tEn = i18n.getFixedT('en', 'referrals') as TFunction<'referrals'>;
  tFr = i18n.getFixedT('fr', 'referrals') as TFunction<'referrals'>;
});

const cases: { name: string; structures: LocalStructure[]; tail: string[] }[] = [
  { name: 'no structure: the scheme and the steps only', structures: [], tail: [] },
  {
    name: 'a structure with its name only',
    structures: [{ name: 'EPIDE Cambrai' }],
    tail: ['', 'Local contact', 'EPIDE Cambrai'],
  },
  {
    name: 'every field, multi-line ones on one line, in a fixed order',
    structures: [
      {
        name: 'Mission locale de Lille',
        openingHours: 'Mon–Fri 9:00–12:00\n  Wed 14:00–17:00  ',
        email: 'accueil@ml-lille.fr',
        phone: '03 20 12 34 56',
        address: '12 rue Nationale\r\n59000 Lille',
      },
    ],
    tail: [
      '',
      'Local contact',
      'Mission locale de Lille',
      'Address: 12 rue Nationale, 59000 Lille',
      'Phone: 03 20 12 34 56',
      'E-mail: accueil@ml-lille.fr',
      'Opening hours: Mon–Fri 9:00–12:00; Wed 14:00–17:00',
    ],
  },
  {
    name: 'two structures, a blank line between them, only the fields they have',
    structures: [
      { name: 'France Travail Lille', phone: '3949' },
      { name: 'Mission locale de Lille', email: 'accueil@ml-lille.fr' },
    ],
    tail: [
      '',
      'Local contact',
      'France Travail Lille',
      'Phone: 3949',
      '',
      'Mission locale de Lille',
      'E-mail: accueil@ml-lille.fr',
    ],
  },
];

describe('summaryText', () => {
  it.each(cases)('$name', ({ structures, tail }) => {
    expect(summaryText(tEn, REFERRAL, SCHEME, CHECKLIST, structures).split('\n')).toEqual([...HEAD, ...tail]);
  });

  it('without a checklist, the structures still follow the outcome', () => {
    expect(summaryText(tEn, REFERRAL, SCHEME, undefined, [{ name: 'EPIDE Cambrai' }]).split('\n')).toEqual([
      ...HEAD.slice(0, 2),
      '',
      'Local contact',
      'EPIDE Cambrai',
    ]);
  });

  it('is translated (French labels) and carries nothing of the contact', () => {
    const text = summaryText(tFr, REFERRAL, SCHEME, CHECKLIST, [
      { name: 'Mission locale de Lille', phone: '03 20 12 34 56', openingHours: 'Lun–ven 9 h–12 h' },
    ]);
    expect(text).toContain(
      '\nContact local\nMission locale de Lille\nTéléphone\u00a0: 03 20 12 34 56\nHoraires\u00a0: Lun–ven',
    );
    // No date of the referral, follow-up or update (the only personal traces a referral holds).
    expect(text).not.toMatch(/2026|00000000-/);
  });
});
