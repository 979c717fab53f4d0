// lint-as: src/data/contacts/probe.ts
// expect: none
// Allowed: a data module on the platform (the control for the data rules).
import * as target from '../../platform/db/db';

export const probe = target;
