import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../tests/unit/test-content';
import { buildContentIndex } from '../content';
import type { FavouriteKind } from '../../platform/db/rows';
import { favouriteItems } from './favourite-items';

const en = buildContentIndex(testContentPack('en'));
const createdAt = '2025-05-03T14:00:00.000Z';

describe('favouriteItems', () => {
  it.each([
    ['section', '2-4-2', { number: '2.4.2' }],
    ['term', 'nourrice', { detail: expect.any(String) as string }],
    ['scheme', 'cej', { title: expect.stringMatching(/^CEJ — /) as string, detail: expect.any(String) as string }],
    ['checklist', 'referral-cej', { title: expect.any(String) as string }],
    ['scheme', 'removed-by-an-update', { title: null, number: undefined, detail: undefined }],
  ] as [FavouriteKind, string, object][])('resolves a %s favourite (%s)', (kind, id, expected) => {
    const [item] = favouriteItems([{ kind, id, createdAt }], en);
    expect(item).toMatchObject({ kind, id, createdAt, ...expected });
    if (item?.title !== null) expect(item?.title).not.toMatch(/[*_[\]]/);
  });

  it('keeps the order it was given', () => {
    const rows = [
      { kind: 'term' as const, id: 'guetteur', createdAt },
      { kind: 'section' as const, id: 'intro', createdAt },
    ];
    expect(favouriteItems(rows, en).map((item) => item.id)).toEqual(['guetteur', 'intro']);
  });
});
