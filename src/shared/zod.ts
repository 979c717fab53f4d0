/**
 * zod for the app, configured once: without `jitless`, zod probes `new Function` when it builds an object
 * schema, which the app's CSP (no 'unsafe-eval') blocks and Chromium reports as a CSP violation on every page
 * that loads a schema. Every module of src/ imports zod from here (ESLint enforces it), so this runs first.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
