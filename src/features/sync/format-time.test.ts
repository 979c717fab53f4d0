import { describe, expect, it } from 'vitest';
import { formatAgo, formatDateTime } from './format-time';

const now = Date.parse('2026-03-04T12:00:00Z');

describe('formatAgo', () => {
  it.each([
    ['2026-03-04T11:59:30Z', 'en', undefined],
    ['2026-03-04T11:55:00Z', 'en', '5 minutes ago'],
    ['2026-03-04T09:00:00Z', 'en', '3 hours ago'],
    ['2026-03-03T11:00:00Z', 'en', 'yesterday'],
    ['2026-02-28T12:00:00Z', 'en', '4 days ago'],
    ['2026-03-04T11:55:00Z', 'fr', 'il y a 5 minutes'],
    ['not a date', 'en', undefined],
  ])('%s (%s) → %s', (iso, locale, expected) => {
    expect(formatAgo(iso, now, locale)).toBe(expected);
  });

  it('formats a moment, or returns an unreadable value as is', () => {
    expect(formatDateTime('2026-03-04T12:00:00Z', 'en')).toMatch(/2026/);
    expect(formatDateTime('nope', 'en')).toBe('nope');
  });
});
