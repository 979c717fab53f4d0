/** Public API of the schemes feature (the app shell composes these; other features link by URL only). */
export { SchemeDirectory } from './components/scheme-directory';
export { SchemeView } from './components/scheme-view';
