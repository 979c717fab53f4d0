/** Messages from the seed worker (src/db/seed-worker.ts) to the page. */
export type SeedWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: 'up-to-date' | 'seeded' }
  | { type: 'error'; name: string; innerName?: string; message: string };
