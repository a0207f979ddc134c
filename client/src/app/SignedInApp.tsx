import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { useI18n } from '../i18n/i18n';
import { createApolloClient } from './apollo';
import { onSessionCleared, useViewer } from '../session/session';
import { Layout } from './Layout';
import { homePath, homeProvince } from './home';
import { Loading } from '../ui/states';
import { PageHeader } from '../ui/page';
import { ErrorBoundary } from './ErrorBoundary';
import { screens } from './routes';

/**
 * Everything behind the sign-in: the GraphQL client, the layout and the routes. A chunk of
 * its own, so the sign-in page never downloads Apollo Client or the navigation.
 */
const MemberHomePage = lazy(screens.MemberHomePage);
const NationalPage = lazy(screens.NationalPage);
const ProvincePage = lazy(screens.ProvincePage);
const AgreementsPage = lazy(screens.AgreementsPage);
const AgreementPage = lazy(screens.AgreementPage);
const AgreementCreatePage = lazy(screens.AgreementCreatePage);
const AgreementEditPage = lazy(screens.AgreementEditPage);
const MeetingsPage = lazy(screens.MeetingsPage);
const MeetingPage = lazy(screens.MeetingPage);
const MeetingCreatePage = lazy(screens.MeetingCreatePage);
const ActionsPage = lazy(screens.ActionsPage);
const ActionPage = lazy(screens.ActionPage);
const InboxPage = lazy(screens.InboxPage);
const SettingsPage = lazy(screens.SettingsPage);
const OutboxPage = lazy(screens.OutboxPage);
const ImportPage = lazy(screens.ImportPage);
const RecommendationsPage = lazy(screens.RecommendationsPage);
const RecommendationPage = lazy(screens.RecommendationPage);
const RecommendationIssuePage = lazy(screens.RecommendationIssuePage);
const ActionCreatePage = lazy(screens.ActionCreatePage);
const CasesPage = lazy(screens.CasesPage);
const CasePage = lazy(screens.CasePage);
const CaseCreatePage = lazy(screens.CaseCreatePage);
const AuditPage = lazy(screens.AuditPage);
const UsersPage = lazy(screens.UsersPage);
const AgenciesPage = lazy(screens.AgenciesPage);
const AgencyPage = lazy(screens.AgencyPage);
const AgencyCreatePage = lazy(screens.AgencyCreatePage);
const AgencyEditPage = lazy(screens.AgencyEditPage);
const NetworksPage = lazy(screens.NetworksPage);
const NetworkPage = lazy(screens.NetworkPage);
const NetworkCreatePage = lazy(screens.NetworkCreatePage);

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
  const { permissions } = useViewer();
  return <Navigate to={homePath(permissions)} replace />;
}

/** After signing in, back to the screen that asked for it, else home. */
function AfterSignIn() {
  const { permissions } = useViewer();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return <Navigate to={from && from !== '/login' ? from : homePath(permissions)} replace />;
}

function OwnProvince() {
  const { permissions } = useViewer();
  const code = homeProvince(permissions);
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
        <Route path="home" element={<Screen><MemberHomePage /></Screen>} />
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
        <Route path="notifications" element={<Screen><InboxPage /></Screen>} />
        <Route path="settings" element={<Screen><SettingsPage /></Screen>} />
        <Route path="outbox" element={<Screen><OutboxPage /></Screen>} />
        <Route path="import" element={<Screen><ImportPage /></Screen>} />
        <Route path="recommendations" element={<Screen><RecommendationsPage /></Screen>} />
        <Route path="recommendations/new" element={<Screen><RecommendationIssuePage /></Screen>} />
        <Route path="recommendations/:id" element={<Screen><RecommendationPage /></Screen>} />
        <Route path="cases" element={<Screen><CasesPage /></Screen>} />
        <Route path="cases/new" element={<Screen><CaseCreatePage /></Screen>} />
        <Route path="cases/:id" element={<Screen><CasePage /></Screen>} />
        <Route path="audit" element={<Screen><AuditPage /></Screen>} />
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

let clientSingleton: ReturnType<typeof createApolloClient> | null = null;
function createApolloClientOnce() {
  clientSingleton ??= createApolloClient();
  return clientSingleton;
}

export default function SignedInApp() {
  const client = createApolloClientOnce();
  // A new session never sees the previous one's cached records.
  useEffect(() => onSessionCleared(() => client.clearStore()), [client]);
  return (
    <ApolloProvider client={client}>
      <SignedInRoutes />
    </ApolloProvider>
  );
}
