/** The coordinator dashboard (issue #16): UI only; its data is src/data/stats. */
export { DashboardView } from './components/dashboard-view';
