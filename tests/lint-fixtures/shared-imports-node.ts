// lint-as: src/shared/probe.ts
// expect: no-restricted-imports
// src/shared may not import a Node module (nor any package but zod through ./zod).
import * as target from 'node:crypto';

export const probe = target;
