// lint-as: src/features/contacts/hooks/probe.ts
// expect: no-restricted-imports
// Live queries belong to src/data.
import * as target from 'dexie-react-hooks';

export const probe = target;
