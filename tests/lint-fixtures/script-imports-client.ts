// lint-as: scripts/admin.ts
// expect: import-x/no-restricted-paths
// The server's scripts follow the server's rule.
import * as target from '../src/platform/db/db';

export const probe = target;
