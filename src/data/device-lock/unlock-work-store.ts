import { create } from 'zustand';

/** Unlock-time work that did not finish ([S91], [S92], [S93]): shown above the contacts, retried at next unlock. */
export type UnlockWorkProblem = 'seal' | 'purge';

interface UnlockWorkState {
  problems: UnlockWorkProblem[];
}

export const useUnlockWork = create<UnlockWorkState>(() => ({ problems: [] }));

export function reportUnlockWork(problem: UnlockWorkProblem, failed: boolean): void {
  useUnlockWork.setState((state) => {
    const others = state.problems.filter((p) => p !== problem);
    return { problems: failed ? [...others, problem] : others };
  });
}
