// lint-as: src/data/contacts/probe.ts
// expect: import-x/no-restricted-paths
// src/data imports no UI.
import * as target from '../../ui/components/page-loading';

export const probe = target;
