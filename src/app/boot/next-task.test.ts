import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from './next-task';

describe('nextTask', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('resolves in a later task: a timer queued before it has run, and every pending microtask too', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer queued before'), 0);
    void Promise.resolve()
      .then(() => order.push('microtask'))
      .then(() => order.push('chained microtask'));
    await nextTask();
    order.push('after nextTask');
    expect(order).toEqual(['microtask', 'chained microtask', 'timer queued before', 'after nextTask']);
  });

  it('uses scheduler.yield() where the browser has it', async () => {
    const yieldToBrowser = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldToBrowser });
    await nextTask();
    expect(yieldToBrowser).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer when scheduler has no yield()', async () => {
    vi.stubGlobal('scheduler', {});
    const timer = vi.spyOn(globalThis, 'setTimeout');
    await nextTask();
    expect(timer).toHaveBeenCalledWith(expect.any(Function), 0);
  });
});
