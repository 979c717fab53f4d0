import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyPreferencesToDocument } from './app/apply-preferences';
import { initI18n } from './lib/i18n';
import { usePreferences } from './stores/preferences-store';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

applyPreferencesToDocument(usePreferences.getState());
void initI18n(usePreferences.getState().language).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
