import { describe, expect, it } from 'vitest';
import { mainThreadCpu, type TraceEvent } from '../../scripts/bench/main-thread-cpu';

const MAIN = { pid: 7, tid: 7 };
const fcp = (ts: number, where = MAIN): TraceEvent => ({ name: 'firstContentfulPaint', ph: 'R', ts, ...where });
/** A task of `wall` ms of which the thread spent `cpu` ms on the CPU, starting at `at` ms. */
const task = (at: number, wall: number, cpu: number, where = MAIN): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ts: at * 1000,
  dur: wall * 1000,
  tdur: cpu * 1000,
  ...where,
});

describe('mainThreadCpu: the blocking sum of a Lighthouse trace from wall time and from CPU time', () => {
  it('is undefined without a first contentful paint', () => {
    expect(mainThreadCpu([task(10, 40, 40)])).toBeUndefined();
  });

  it.each([
    // [case, tasks, expected]
    ['a short task blocks nothing', [task(200, 12, 12)], { longTasks: 0, fromWall: 0, fromCpu: 0 }],
    [
      'a task of 20 ms all on the CPU blocks 30 ms both ways',
      [task(200, 20, 20)],
      { longTasks: 1, fromWall: 30, fromCpu: 30 },
    ],
    [
      'a task of 30 ms with 5 ms on the CPU blocks only from wall',
      [task(200, 30, 5)],
      { longTasks: 1, fromWall: 70, fromCpu: 0 },
    ],
    [
      'tasks before the first contentful paint do not count',
      [task(50, 40, 40), task(200, 20, 15)],
      { longTasks: 1, fromWall: 30, fromCpu: 10 },
    ],
  ] as const)('%s', (_case, tasks, expected) => {
    const figures = mainThreadCpu([fcp(100_000), ...tasks]);
    expect(figures?.longTasks).toBe(expected.longTasks);
    expect(figures?.blockingFromWallMs).toBeCloseTo(expected.fromWall, 6);
    expect(figures?.blockingFromCpuMs).toBeCloseTo(expected.fromCpu, 6);
  });

  it('reads only the thread that painted, and only top-level tasks', () => {
    const other = { pid: 9, tid: 9 };
    const figures = mainThreadCpu([
      fcp(100_000),
      task(200, 30, 30, other),
      { ...task(300, 20, 20), name: 'FunctionCall' },
      task(400, 25, 10),
    ]);
    expect(figures).toEqual({ longTasks: 1, wallMs: 25, cpuMs: 10, blockingFromWallMs: 50, blockingFromCpuMs: 0 });
  });

  it('sums the wall and CPU time of the long tasks', () => {
    const figures = mainThreadCpu([fcp(100_000), task(200, 20, 4), task(300, 16, 12), task(400, 10, 10)]);
    expect(figures).toMatchObject({ longTasks: 2, wallMs: 36, cpuMs: 16 });
  });
});
