// lint-as: src/shared/probe.ts
// expect: import-x/no-restricted-paths
// src/shared may not import the server.
import * as target from '../../server/config';

export const probe = target;
