// lint-as: src/features/guide/components/probe.tsx
// expect: no-restricted-imports
// Components never touch the database.
import * as target from '../../../platform/db/db';

export const probe = target;
