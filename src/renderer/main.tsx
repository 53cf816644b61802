// First of all, the corpus search's worker: it loads its saved index while the rest of the app's
// script is evaluated and renders (features/search/searchWorkerBoot.ts).
import './features/search/searchWorkerBoot';
// Naskh's Arabic subset only: its Latin subset is a serif, and Latin in the interface and the articles should
// be set in the sans companion below (styles.css names both in every font stack).
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
