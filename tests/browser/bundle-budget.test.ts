/**
 * Issue #11: the first route's JavaScript stays within budget — the entry, its static imports and whatever the
 * page fetches before its `load` event on a first visit to `/`, gzip -9, ≤ 140 KB, in each UI language. Real
 * Chromium against the real server and build; byte counts are deterministic, so this belongs in `npm test`.
 * The measuring code is the benchmark's own (scripts/bench/first-visit-js.ts): test and bench cannot drift.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeJs, FIRST_ROUTE_JS_BUDGET_GZ, recordFirstVisitJs } from '../../scripts/bench/first-visit-js';
import type { RunningServer } from '../../server/start-server';
import { cleanupAll, launch, startTestServer } from './harness';

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

describe('first-route JavaScript budget', () => {
  it.each(['fr-FR', 'en-GB'])(
    'fetches at most 140 KB gz of JS before load on a first visit to / (%s)',
    async (locale) => {
      const { context } = await launch({ locale });
      const visit = await recordFirstVisitJs(context, `${server.url}/`);
      const beforeLoad = visit.files.filter((file) => file.beforeLoad);
      // The entry script must be among them, or the recording missed the page's JS and the sum proves nothing.
      expect(beforeLoad.length).toBeGreaterThan(0);
      expect(
        visit.beforeLoadGz,
        `${(visit.beforeLoadGz / 1024).toFixed(1)} KB gz of JS before load (${locale}):\n${describeJs(beforeLoad)}`,
      ).toBeLessThanOrEqual(FIRST_ROUTE_JS_BUDGET_GZ);
    },
  );
});
