/**
 * The CSV writer lives in src/lib/csv.ts, shared with the app (directory import/export); the server's
 * modules and tests keep importing it from here.
 */
export { BOM, csvCell, csvLine } from '../../src/lib/csv';
