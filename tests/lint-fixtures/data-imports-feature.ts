// lint-as: src/data/contacts/probe.ts
// expect: import-x/no-restricted-paths
// src/data imports no feature.
import * as target from '../../features/guide';

export const probe = target;
