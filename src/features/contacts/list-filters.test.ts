import { describe, expect, it } from 'vitest';
import { isFiltered, isRangeReversed, parseFilters, toContactQuery } from './list-filters';

const raw = { period: '', from: '', to: '', kind: '', sync: '' };
const NOW = new Date(2026, 2, 14, 21, 5);

describe('list filters', () => {
  it('reads the URL, ignoring unknown values', () => {
    expect(parseFilters(raw)).toEqual({ period: 'all', from: '', to: '', kind: undefined, sync: undefined });
    expect(
      parseFilters({ period: 'custom', from: '2026-03-01', to: 'soon', kind: 'school', sync: 'conflict' }),
    ).toEqual({ period: 'custom', from: '2026-03-01', to: '', kind: 'school', sync: 'conflict' });
    expect(parseFilters({ ...raw, period: 'year', kind: 'nope', sync: 'lost' })).toMatchObject({
      period: 'all',
      kind: undefined,
      sync: undefined,
    });
    expect(isFiltered(parseFilters(raw))).toBe(false);
    expect(isFiltered(parseFilters({ ...raw, sync: 'pending' }))).toBe(true);
  });

  it('turns periods into wall-clock bounds', () => {
    expect(toContactQuery(parseFilters(raw), NOW)).toEqual({});
    expect(toContactQuery(parseFilters({ ...raw, period: '7d' }), NOW)).toEqual({ from: '2026-03-07T21:05' });
    expect(toContactQuery(parseFilters({ ...raw, period: '30d', kind: 'street' }), NOW)).toEqual({
      from: '2026-02-12T21:05',
      kind: 'street',
    });
    expect(
      toContactQuery(
        parseFilters({ ...raw, period: 'custom', from: '2026-03-01', to: '2026-03-31', sync: 'rejected' }),
        NOW,
      ),
    ).toEqual({ from: '2026-03-01', to: '2026-03-31U', syncState: 'rejected' });
    // The custom bounds only apply to the custom period.
    expect(toContactQuery(parseFilters({ ...raw, from: '2026-03-01' }), NOW)).toEqual({});
  });

  it('includes every moment of the last day, and no moment of the next', () => {
    const { from = '', to = '' } = toContactQuery(
      parseFilters({ ...raw, period: 'custom', from: '2026-03-01', to: '2026-03-31' }),
      NOW,
    );
    const inside = (at: string) => at >= from && at <= to;
    expect(inside('2026-03-01T00:00:00+01:00')).toBe(true);
    expect(inside('2026-03-31T23:59:59+02:00')).toBe(true);
    expect(inside('2026-02-28T23:59:59+01:00')).toBe(false);
    expect(inside('2026-04-01T00:00:00+02:00')).toBe(false);
  });

  it('flags a custom period that ends before it starts, and does not apply it', () => {
    const filters = parseFilters({ ...raw, period: 'custom', from: '2026-03-10', to: '2026-03-01' });
    expect(isRangeReversed(filters)).toBe(true);
    expect(toContactQuery(filters, NOW)).toEqual({});
  });
});
