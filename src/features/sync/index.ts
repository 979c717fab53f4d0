/**
 * Public API of the team sync feature for pages (settings, /join). The header indicator and the notice are
 * in `shell.ts`, loaded lazily by the layout after the page has loaded.
 */
export { TeamPanel } from './components/team-panel';
export { JoinView } from './components/join-view';
export { takeJoinFragment } from './join-fragment';
