// lint-as: src/ui/probe.ts
// expect: no-restricted-imports
// zod comes from src/shared/zod (configured for the CSP).
import * as target from 'zod';

export const probe = target;
