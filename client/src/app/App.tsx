import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { createApolloClient } from './apollo';
import { SessionProvider, useSession, useViewer } from './session';
import { Layout } from './Layout';
import { homePath, homeProvince } from './home';
import { ErrorNotice, Loading } from '../ui/states';
import { PageHeader } from '../ui/page';
import { SignInPage } from '../features/auth/SignInPage';
import { ErrorBoundary } from './ErrorBoundary';

const NationalPage = lazy(() => import('../features/national/NationalPage'));
const ProvincePage = lazy(() => import('../features/province/ProvincePage'));
const AgreementsPage = lazy(() => import('../features/agreements/AgreementsPage'));
const AgreementPage = lazy(() => import('../features/agreements/AgreementPage'));
const AgreementCreatePage = lazy(() => import('../features/agreements/AgreementCreatePage'));
const AgreementEditPage = lazy(() => import('../features/agreements/AgreementEditPage'));
const MeetingsPage = lazy(() => import('../features/meetings/MeetingsPage'));
const MeetingPage = lazy(() => import('../features/meetings/MeetingPage'));
const MeetingCreatePage = lazy(() => import('../features/meetings/MeetingCreatePage'));
const ActionsPage = lazy(() => import('../features/actions/ActionsPage'));
const ActionPage = lazy(() => import('../features/actions/ActionPage'));
const ActionCreatePage = lazy(() => import('../features/actions/ActionCreatePage'));
const CasesPage = lazy(() => import('../features/cases/CasesPage'));
const CasePage = lazy(() => import('../features/cases/CasePage'));
const CaseCreatePage = lazy(() => import('../features/cases/CaseCreatePage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const AgenciesPage = lazy(() => import('../features/directory/AgenciesPage'));
const AgencyPage = lazy(() => import('../features/directory/AgencyPage'));
const AgencyCreatePage = lazy(() => import('../features/directory/AgencyCreatePage'));
const AgencyEditPage = lazy(() => import('../features/directory/AgencyEditPage'));
const NetworksPage = lazy(() => import('../features/directory/NetworksPage'));
const NetworkPage = lazy(() => import('../features/directory/NetworkPage'));
const NetworkCreatePage = lazy(() => import('../features/directory/NetworkCreatePage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
    </>
  );
}

function Home() {
  const { viewer } = useViewer();
  return <Navigate to={homePath(viewer)} replace />;
}

/** After signing in, back to the screen that asked for it, else home. */
function AfterSignIn() {
  const { viewer } = useViewer();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return <Navigate to={from && from !== '/login' ? from : homePath(viewer)} replace />;
}

function OwnProvince() {
  const { viewer } = useViewer();
  const code = homeProvince(viewer);
  return <Navigate to={code ? `/provinces/${code}` : '/national'} replace />;
}

function Screen({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <ErrorBoundary key={location.pathname}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function SignedInRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="login" element={<AfterSignIn />} />
        <Route path="national" element={<Screen><NationalPage /></Screen>} />
        <Route path="province" element={<OwnProvince />} />
        <Route path="provinces/:code" element={<Screen><ProvincePage /></Screen>} />
        <Route path="agreements" element={<Screen><AgreementsPage /></Screen>} />
        <Route path="agreements/new" element={<Screen><AgreementCreatePage /></Screen>} />
        <Route path="agreements/:id" element={<Screen><AgreementPage /></Screen>} />
        <Route path="agreements/:id/edit" element={<Screen><AgreementEditPage /></Screen>} />
        <Route path="meetings" element={<Screen><MeetingsPage /></Screen>} />
        <Route path="meetings/new" element={<Screen><MeetingCreatePage /></Screen>} />
        <Route path="meetings/:id" element={<Screen><MeetingPage /></Screen>} />
        <Route path="actions" element={<Screen><ActionsPage /></Screen>} />
        <Route path="actions/new" element={<Screen><ActionCreatePage /></Screen>} />
        <Route path="actions/:id" element={<Screen><ActionPage /></Screen>} />
        <Route path="cases" element={<Screen><CasesPage /></Screen>} />
        <Route path="cases/new" element={<Screen><CaseCreatePage /></Screen>} />
        <Route path="cases/:id" element={<Screen><CasePage /></Screen>} />
        <Route path="audit" element={<Screen><AuditPage /></Screen>} />
        <Route path="import" element={<Screen><ImportPage /></Screen>} />
        <Route path="users" element={<Screen><UsersPage /></Screen>} />
        <Route path="agencies" element={<Screen><AgenciesPage /></Screen>} />
        <Route path="agencies/new" element={<Screen><AgencyCreatePage /></Screen>} />
        <Route path="agencies/:id" element={<Screen><AgencyPage /></Screen>} />
        <Route path="agencies/:id/edit" element={<Screen><AgencyEditPage /></Screen>} />
        <Route path="networks" element={<Screen><NetworksPage /></Screen>} />
        <Route path="networks/new" element={<Screen><NetworkCreatePage /></Screen>} />
        <Route path="networks/:id" element={<Screen><NetworkPage /></Screen>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

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
    return <SignInPage expired={state.reason === 'expired'} />;
  }
  return <SignedInRoutes />;
}

export function App() {
  const client = createApolloClientOnce();
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        {/* Synchronous updates: filters kept in the address must not lag behind the controls. */}
        <BrowserRouter useTransitions={false}>
          <SessionProvider>
            <Gate />
          </SessionProvider>
        </BrowserRouter>
      </ApolloProvider>
    </I18nProvider>
  );
}

let clientSingleton: ReturnType<typeof createApolloClient> | null = null;
function createApolloClientOnce() {
  clientSingleton ??= createApolloClient();
  return clientSingleton;
}
