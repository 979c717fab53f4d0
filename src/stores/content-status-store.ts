/** Progress of the on-device content database (first seeding or update), shown by the layout. */
import { create } from 'zustand';

export type ContentPhase = 'checking' | 'seeding' | 'ready' | 'error';

interface ContentStatusState {
  phase: ContentPhase;
  /** 0..1 while seeding. */
  progress: number;
  /** Translation key of the failure, if any. */
  errorKey?: string;
  errorDetail?: string;
  set: (state: Partial<Omit<ContentStatusState, 'set'>>) => void;
}

export const useContentStatus = create<ContentStatusState>()((set) => ({
  phase: 'checking',
  progress: 0,
  set: (state) => set(state),
}));
