/** Public API of the local directory feature (issue #5): the app composes these; other features link by URL. */
export { DirectoryView } from './components/directory-view';
export { EntryList } from './components/entry-list';
export { SchemeStructures } from './components/scheme-structures';
