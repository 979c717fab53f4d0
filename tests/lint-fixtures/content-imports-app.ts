// lint-as: src/content/probe.ts
// expect: import-x/no-restricted-paths
// Only the app shell imports from src/app.
import * as target from '../app/routes';

export const probe = target;
