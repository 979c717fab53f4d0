// lint-as: src/shared/contacts/probe.ts
// expect: none
// Allowed: inside src/shared (the control: the rules above do not refuse everything).
import * as target from '../protocol/protocol';

export const probe = target;
