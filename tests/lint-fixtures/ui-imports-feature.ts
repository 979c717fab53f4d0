// lint-as: src/ui/components/probe.ts
// expect: import-x/no-restricted-paths
// src/ui imports no feature.
import * as target from '../../features/guide';

export const probe = target;
