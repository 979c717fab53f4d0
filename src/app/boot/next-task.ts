/**
 * A task boundary between two stages of the boot: input and rendering run before the next stage, and each stage
 * stays a short task instead of one long one (Lighthouse counts every 50 ms past the first of a task, CPU ÷ 4).
 * `scheduler.yield()` where the browser has it (Chromium 129+): the rest of the boot keeps its place in the queue
 * and skips the 4 ms clamp of nested timers; elsewhere a zero-delay timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
