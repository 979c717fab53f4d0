/** Public API of the vocabulary feature (the app shell composes these; other features link by URL only). */
export { VocabularyList } from './components/vocabulary-list';
export { TermView } from './components/term-view';
