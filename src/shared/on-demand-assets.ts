/**
 * Build files kept out of the service worker's precache and cached on first use instead (issue #16): the
 * dashboard's chart library (its script and its stylesheet) serves coordinators only, and every worker's phone would otherwise download it
 * (22 KB gz, docs/DASHBOARD.md) for nothing. The dashboard's own code and texts stay precached, so it opens
 * offline with its tables; the chart is drawn offline once a coordinator opened the dashboard online. Pure:
 * the build (vite.config.ts) and the service worker (src/sw/sw.ts) read the same names.
 */

/** For vite-plugin-pwa's globIgnores (relative to dist/). */
export const ON_DEMAND_GLOBS = ['assets/dashboard-chart-*.js', 'assets/dashboard-chart-*.css'] as const;

const ON_DEMAND_PATH = /^\/assets\/dashboard-chart-[A-Za-z0-9_-]+\.(js|css)$/;

/** Whether a same-origin path is one of those files. */
export const isOnDemandAsset = (pathname: string): boolean => ON_DEMAND_PATH.test(pathname);

/** The cache they go to once fetched. */
export const ON_DEMAND_CACHE = 'limits-on-demand';
