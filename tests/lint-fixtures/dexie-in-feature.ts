// lint-as: src/features/contacts/hooks/probe.ts
// expect: no-restricted-imports
// Only src/platform/db and src/data call Dexie.
import * as target from 'dexie';

export const probe = target;
