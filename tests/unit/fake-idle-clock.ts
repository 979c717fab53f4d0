import type { IdleClock } from '../../src/platform/vault/idle';

/** A controllable clock: `advance` moves both clocks and fires due timers; `sleep` moves only the wall clock. */
export function fakeIdleClock(): IdleClock & { advance: (ms: number) => void; sleep: (ms: number) => void } {
  let wall = 1_700_000_000_000;
  let mono = 0;
  let nextId = 1;
  const timers = new Map<number, { due: number; run: () => void }>();
  const fireDue = () => {
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.due <= mono).sort((a, b) => a[1].due - b[1].due)[0];
      if (!due) return;
      timers.delete(due[0]);
      due[1].run();
    }
  };
  return {
    now: () => ({ wall, mono }),
    setTimeout(run, ms) {
      const id = nextId++;
      timers.set(id, { due: mono + ms, run });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      wall += ms;
      mono += ms;
      fireDue();
    },
    sleep(ms) {
      wall += ms;
    },
  };
}
