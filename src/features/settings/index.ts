/** Public API of the settings feature (the app shell composes it). */
export { SettingsView } from './components/settings-view';
