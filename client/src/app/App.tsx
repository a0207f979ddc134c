import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, useLocation } from 'react-router';
import { I18nProvider } from '../i18n/i18n';
import { SessionProvider, useSession } from '../session/session';
import { ErrorNotice, Loading } from '../ui/states';
import { screens } from './routes';

/** The signed-in part (Apollo Client, layout, routes) is downloaded only once someone is signed in. */
const SignedInApp = lazy(screens.SignedInApp);
const SignInPage = lazy(screens.SignInPage);

function Gate() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <main className="centered">
        <ErrorNotice error={state.error} retry={state.retry} />
      </main>
    );
  if (state.status === 'signedOut') {
    if (location.pathname !== '/login') {
      // Back to the same screen after signing in, unless the user chose to leave.
      const from = state.reason === 'left' ? undefined : location.pathname + location.search;
      return <Navigate to="/login" replace state={{ from }} />;
    }
    return (
      <Suspense fallback={<Loading />}>
        <SignInPage expired={state.reason === 'expired'} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <SignedInApp />
    </Suspense>
  );
}

export function App() {
  return (
    <I18nProvider>
      {/* Synchronous updates: filters kept in the address must not lag behind the controls. */}
      <BrowserRouter useTransitions={false}>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </BrowserRouter>
    </I18nProvider>
  );
}
