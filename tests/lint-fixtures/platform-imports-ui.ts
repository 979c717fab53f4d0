// lint-as: src/platform/pwa/probe.ts
// expect: import-x/no-restricted-paths
// src/platform imports no UI.
import * as target from '../../ui/components/page-loading';

export const probe = target;
