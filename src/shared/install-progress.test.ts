import { describe, expect, it } from 'vitest';
import { movesProgress } from './install-progress';

describe('movesProgress', () => {
  it.each([
    { shown: undefined, done: 1, total: 400, moves: true, why: 'the first message shows the notice' },
    { shown: { done: 1, total: 400 }, done: 2, total: 400, moves: false, why: 'still 0 %' },
    { shown: { done: 3, total: 400 }, done: 4, total: 400, moves: true, why: '0 % → 1 %' },
    { shown: { done: 398, total: 400 }, done: 399, total: 400, moves: false, why: 'still 99 %' },
    { shown: { done: 399, total: 400 }, done: 400, total: 400, moves: true, why: 'the end always shows' },
    { shown: { done: 5, total: 10 }, done: 6, total: 10, moves: true, why: 'few files: every one moves it' },
  ])('$why', ({ shown, done, total, moves }) => {
    expect(movesProgress(shown, done, total)).toBe(moves);
  });
});
