// lint-as: src/shared/probe.ts
// expect: import-x/no-restricted-paths
// src/shared may not import the rest of the app.
import * as target from '../platform/i18n/i18n';

export const probe = target;
