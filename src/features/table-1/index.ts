/** Public API of the Table 1 feature (the app shell composes it; other features link by URL only). */
export { Table1Matrix } from './components/table-1-matrix';
