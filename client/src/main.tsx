import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { rememberedSignedIn, startSession } from './session/session';
import { preloadSignedIn, preloadSignIn } from './app/routes';
import './styles.css';

// Before React renders: the session check goes out at once and, on a return visit by someone
// who was signed in, the app's code and the screen of the address download alongside it.
void startSession().catch(() => undefined);
if (rememberedSignedIn()) preloadSignedIn(location.pathname);
else preloadSignIn();

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
