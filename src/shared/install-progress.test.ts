import { describe, expect, it } from 'vitest';
import { movesProgress, shownPercent } from './install-progress';

describe('movesProgress', () => {
  it.each([
    { shown: undefined, done: 1, total: 400, moves: true, why: 'the first message shows the notice' },
    { shown: { done: 1, total: 400 }, done: 2, total: 400, moves: false, why: 'still 0 %' },
    { shown: { done: 3, total: 400 }, done: 4, total: 400, moves: false, why: '1 % shows as 0 %: steps of 5' },
    { shown: { done: 19, total: 400 }, done: 20, total: 400, moves: true, why: '0 % → 5 %' },
    { shown: { done: 56, total: 110 }, done: 57, total: 110, moves: false, why: '50 % → 51 %: still 50 %' },
    { shown: { done: 398, total: 400 }, done: 399, total: 400, moves: false, why: 'still 95 %' },
    { shown: { done: 399, total: 400 }, done: 400, total: 400, moves: true, why: 'the end always shows' },
    { shown: { done: 5, total: 10 }, done: 6, total: 10, moves: true, why: 'few files: every one moves it' },
  ])('$why', ({ shown, done, total, moves }) => {
    expect(movesProgress(shown, done, total)).toBe(moves);
  });
});

describe('shownPercent', () => {
  it.each([
    [0, 110, 0],
    [5, 110, 0],
    [6, 110, 5],
    [109, 110, 95],
    [110, 110, 100],
    [120, 110, 100],
    [3, 0, 0],
  ])('%i of %i files → %i %%', (done, total, percent) => {
    expect(shownPercent(done, total)).toBe(percent);
  });

  it('takes at most 21 values however many files there are', () => {
    const values = new Set(Array.from({ length: 1001 }, (_, done) => shownPercent(done, 1000)));
    expect(values.size).toBe(21);
  });
});
