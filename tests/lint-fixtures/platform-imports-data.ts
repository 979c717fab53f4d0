// lint-as: src/platform/vault/probe.ts
// expect: import-x/no-restricted-paths
// src/platform knows no user-data concept: the vault imports no data module.
import * as target from '../../data/contacts/contact-store';

export const probe = target;
