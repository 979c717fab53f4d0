// lint-as: server/routes/probe.ts
// expect: import-x/no-restricted-paths
// server/ may import from src/ only src/shared.
import * as target from '../../src/data/team-sync/sync-client';

export const probe = target;
