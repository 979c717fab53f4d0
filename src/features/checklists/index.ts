/** Public API of the checklists feature (the app shell composes these; other features link by URL only). */
export { ChecklistList } from './components/checklist-list';
export { ChecklistView } from './components/checklist-view';
