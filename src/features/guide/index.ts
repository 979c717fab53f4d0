/** Public API of the guide feature (the app shell composes these; other features link by URL only). */
export { GuideToc } from './components/guide-toc';
export { GuideSectionView } from './components/guide-section-view';
