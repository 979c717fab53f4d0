// lint-as: server/routes/probe.ts
// expect: none
// Allowed: server/ importing src/shared.
import * as target from '../../src/shared/protocol/sync-rule';

export const probe = target;
