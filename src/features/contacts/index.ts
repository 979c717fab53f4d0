/** Public API of the contacts feature (the app shell composes these; other features link by URL only). */
export { ContactDetail } from './components/contact-detail';
export { ContactList } from './components/contact-list';
export { NewContact } from './components/new-contact';
