/** Public API of the eligibility finder (the app shell composes it; other features link by URL only). */
export { FinderView } from './components/finder-view';
