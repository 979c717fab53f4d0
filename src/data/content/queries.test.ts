import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../tests/unit/test-content';
import { buildContentIndex } from './build-index';
import {
  checklistTitles,
  checklistsByTitle,
  footnotesByNumbers,
  referralChecklistOf,
  sectionRefsInOrderGiven,
  sectionRefsInReadingOrder,
  table1LinkedIds,
  termsByIds,
} from './queries';

const en = buildContentIndex(testContentPack('en'));
const orderOf = (id: string) => en.sectionsById.get(id)?.order ?? -1;

describe('content queries', () => {
  it.each([
    [[], []],
    [[2, 1], [1, 2]],
    [[1, 1, 99999], [1]],
  ])('footnotesByNumbers(%j) → %j', (numbers, expected) => {
    expect(footnotesByNumbers(en, numbers).map((f) => f.number)).toEqual(expected);
  });

  it.each([
    [['2-4-2', 'intro'], ['2-4-2', 'intro']],
    [['no-such', '1-1'], ['1-1']],
  ])('sectionRefsInOrderGiven(%j) keeps the order given', (ids, expected) => {
    const refs = sectionRefsInOrderGiven(en, ids);
    expect(refs.map((r) => r.id)).toEqual(expected);
    const first = en.sectionsById.get(expected[0]!)!;
    expect(refs[0]).toEqual({ id: first.id, number: first.number, title: first.title });
  });

  it.each([
    [['2-4-2', 'intro', '2-4-2'], ['intro', '2-4-2']],
    [['no-such'], []],
  ])('sectionRefsInReadingOrder(%j) → %j', (ids, expected) => {
    expect(sectionRefsInReadingOrder(en, ids).map((r) => r.id)).toEqual(expected);
    expect(orderOf('intro')).toBeLessThan(orderOf('2-4-2'));
  });

  it.each([
    [['nourrice', 'guetteur', 'missing'], ['nourrice', 'guetteur']],
    [[], []],
  ])('termsByIds(%j) → %j', (ids, expected) => {
    expect(termsByIds(en, ids).map((t) => t.id)).toEqual(expected);
  });

  it('lists checklists A–Z by folded title, every one of them', () => {
    const sorted = checklistsByTitle(en);
    expect(sorted).toHaveLength(en.checklists.length);
    expect(sorted.filter((c) => c.kind === 'referral').length).toBeGreaterThan(10);
    expect(sorted.some((c) => c.id === 'rao-procedure')).toBe(true);
    const keys = sorted.map((c) => c.title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
    for (let i = 1; i < keys.length; i++) expect(keys[i - 1]!.localeCompare(keys[i]!)).toBeLessThanOrEqual(0);
  });

  it('gives checklist titles by id, leaving unknown ids out', () => {
    const titles = checklistTitles(en, ['referral-cej', 'nope']);
    expect([...titles.keys()]).toEqual(['referral-cej']);
    expect(titles.get('referral-cej')).toBe(en.checklistsById.get('referral-cej')?.title);
  });

  it.each([
    ['cej', 'referral-cej'],
    ['no-such-scheme', undefined],
  ])('referralChecklistOf(%s) → %s', (schemeId, expected) => {
    expect(referralChecklistOf(en, schemeId)?.id).toBe(expected);
  });

  it.each(['sections', 'schemes', 'checklists'] as const)('table1LinkedIds(%s): every linked id, once', (kind) => {
    const ids = table1LinkedIds(en, kind);
    const all = en.tableFactors.flatMap((f) => f.responses.flatMap((r) => r[kind]));
    expect(new Set(ids)).toEqual(new Set(all));
    expect(ids).toHaveLength(new Set(all).size);
  });
});
