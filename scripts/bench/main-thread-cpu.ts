/**
 * How much of a Lighthouse run's long-task time the page's main thread actually spent on the CPU (information for
 * issue #11's TBT target).
 *
 * Simulated throttling multiplies the duration of every task it observed by 4, and a task's duration is wall
 * time. On a shared 2-core host the renderer's main thread is often descheduled in the middle of a task while the
 * browser process, the GPU process's compositor and Lighthouse itself run: the task grows with no work of the
 * page inside it. Chromium's trace gives each task both its wall time (`dur`) and the thread's CPU time (`tdur`),
 * so the same blocking sum can be taken twice, once from each. Lighthouse's own TBT comes from its simulation
 * (Lantern), not from this sum; the two sums show which share of it is the page's work and which the host's.
 */

/** The fields of a Chromium trace event this reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { isOutermostMainFrame?: boolean } };
}

export interface MainThreadCpu {
  /** Tasks after the first contentful paint long enough to block once multiplied by 4 (wall ≥ 12.5 ms). */
  longTasks: number;
  /** Their wall time, and the main thread's CPU time inside them, in ms. */
  wallMs: number;
  cpuMs: number;
  /** Σ max(0, 4 × duration − 50 ms) over every task after the first contentful paint: from wall, from CPU time. */
  blockingFromWallMs: number;
  blockingFromCpuMs: number;
}

/** Lighthouse's mobile preset: simulated throttling slows the CPU 4×; a task blocks past 50 ms. */
const CPU_SLOWDOWN = 4;
const BLOCKING_MS = 50;

/** The top-level task event of Chromium's scheduler (tasks nest no other RunTask on the main thread). */
const TASK = 'RunTask';

/**
 * The page's main thread is the one that reported its first contentful paint (the about:blank Lighthouse starts
 * from paints none). Undefined when the trace has no first contentful paint.
 */
export function mainThreadCpu(events: readonly TraceEvent[]): MainThreadCpu | undefined {
  const fcp = events
    .filter((e) => e.name === 'firstContentfulPaint' && e.args?.data?.isOutermostMainFrame !== false)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!fcp) return undefined;
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === TASK && e.pid === fcp.pid && e.tid === fcp.tid && e.ts >= fcp.ts && e.dur,
  );
  const ms = (us: number | undefined) => (us ?? 0) / 1000;
  const blocking = (durationMs: number) => Math.max(0, CPU_SLOWDOWN * durationMs - BLOCKING_MS);
  const long = tasks.filter((t) => CPU_SLOWDOWN * ms(t.dur) > BLOCKING_MS);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    longTasks: long.length,
    wallMs: sum(long.map((t) => ms(t.dur))),
    cpuMs: sum(long.map((t) => ms(t.tdur))),
    blockingFromWallMs: sum(tasks.map((t) => blocking(ms(t.dur)))),
    blockingFromCpuMs: sum(tasks.map((t) => blocking(ms(t.tdur)))),
  };
}
