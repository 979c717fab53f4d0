import { describe, expect, it } from 'vitest';
import { cacheModeOf } from './precache-concurrently';

describe('cacheModeOf: how the install fetches a precache entry, as Workbox does', () => {
  it.each([
    ['a revisioned URL goes past the HTTP cache', { url: 'index.html', revision: 'd9cd' }, 'reload'],
    ['a hashed file name (no revision) may come from it', { url: 'assets/a-1.js', revision: null }, 'default'],
    ['an entry given as a bare string too', 'assets/b-2.css', 'default'],
  ] as const)('%s', (_, entry, mode) => {
    expect(cacheModeOf(entry)).toBe(mode);
  });
});
