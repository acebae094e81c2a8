// Entry point: fonts and styles (bundled, never fetched from the internet), then the app once the reader's
// language has arrived. Importing the app starts the router, so the first page's code loads alongside it.
// Noto Sans Khmer's Khmer script only, in the two weights the styles use: Latin letters keep the system's
// sans-serif, so an English page fetches no font before it shows its text.
import '@fontsource/noto-sans-khmer/khmer-400.css';
import '@fontsource/noto-sans-khmer/khmer-700.css';
import './styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadCoreTranslations } from './lib/i18n';

void loadCoreTranslations().then(() => {
  const root = createRoot(document.getElementById('root')!);
  // As a transition the first render yields to the browser every few milliseconds: on a slow phone one long task
  // would keep the page from answering taps.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});
