// lint-as: src/features/guide/probe.ts
// expect: import-x/no-restricted-paths
// A feature may not import another feature.
import * as target from '../vocabulary';

export const probe = target;
