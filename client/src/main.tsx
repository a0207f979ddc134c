import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { onSessionCleared, rememberedSignedIn, startSession } from './session/session';
import { preloadSignedIn, preloadSignIn } from './app/routes';
import { dropPrefetched, prefetchScreen } from './app/prefetch';
import './styles.css';

// Before React renders: the session check goes out at once and, on a return visit by someone
// who was signed in, the screen's first queries, the app's code and the screen's code go
// out alongside it, so the figures do not wait for the code that asks for them.
void startSession().catch(() => undefined);
if (rememberedSignedIn()) {
  prefetchScreen(location.pathname, location.search);
  preloadSignedIn(location.pathname);
} else preloadSignIn();
// Early answers belong to the session they were sent in.
onSessionCleared(dropPrefetched);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker keeps the app shell and assets for the next visit (never /graphql).
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
