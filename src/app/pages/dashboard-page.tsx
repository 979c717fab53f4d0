import { DashboardView } from '../../features/dashboard';

/** /dashboard: the team's aggregates for its coordinator (issue #16). */
export function DashboardRoute() {
  return <DashboardView />;
}
