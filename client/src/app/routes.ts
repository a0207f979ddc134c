/**
 * The lazily loaded screens, by route. Kept apart from the routes themselves so main.tsx can
 * start downloading the screen of the address being opened while the session is checked
 * (a return visit then fetches session, app and screen at the same time, not one after another).
 */
export const screens = {
  SignInPage: () => import('../features/auth/SignInPage'),
  SignedInApp: () => import('./SignedInApp'),
  MemberHomePage: () => import('../features/home/MemberHomePage'),
  NationalPage: () => import('../features/national/NationalPage'),
  ProvincePage: () => import('../features/province/ProvincePage'),
  AgreementsPage: () => import('../features/agreements/AgreementsPage'),
  AgreementPage: () => import('../features/agreements/AgreementPage'),
  AgreementCreatePage: () => import('../features/agreements/AgreementCreatePage'),
  AgreementEditPage: () => import('../features/agreements/AgreementEditPage'),
  MeetingsPage: () => import('../features/meetings/MeetingsPage'),
  MeetingPage: () => import('../features/meetings/MeetingPage'),
  MeetingCreatePage: () => import('../features/meetings/MeetingCreatePage'),
  ActionsPage: () => import('../features/actions/ActionsPage'),
  ActionPage: () => import('../features/actions/ActionPage'),
  ActionCreatePage: () => import('../features/actions/ActionCreatePage'),
  RecommendationsPage: () => import('../features/recommendations/RecommendationsPage'),
  RecommendationPage: () => import('../features/recommendations/RecommendationPage'),
  RecommendationIssuePage: () => import('../features/recommendations/RecommendationIssuePage'),
  ImportPage: () => import('../features/import/ImportPage'),
  InboxPage: () => import('../features/notifications/InboxPage'),
  SettingsPage: () => import('../features/notifications/SettingsPage'),
  OutboxPage: () => import('../features/notifications/OutboxPage'),
  CasesPage: () => import('../features/cases/CasesPage'),
  CasePage: () => import('../features/cases/CasePage'),
  CaseCreatePage: () => import('../features/cases/CaseCreatePage'),
  AuditPage: () => import('../features/audit/AuditPage'),
  UsersPage: () => import('../features/users/UsersPage'),
  AgenciesPage: () => import('../features/directory/AgenciesPage'),
  AgencyPage: () => import('../features/directory/AgencyPage'),
  AgencyCreatePage: () => import('../features/directory/AgencyCreatePage'),
  AgencyEditPage: () => import('../features/directory/AgencyEditPage'),
  NetworksPage: () => import('../features/directory/NetworksPage'),
  NetworkPage: () => import('../features/directory/NetworkPage'),
  NetworkCreatePage: () => import('../features/directory/NetworkCreatePage'),
} as const;

export type ScreenName = keyof typeof screens;

/** The screen a path shows, for the early download; null where it depends on the viewer. */
export function screenForPath(pathname: string): ScreenName | null {
  const p = pathname.replace(/\/+$/, '') || '/';
  const table: [RegExp, ScreenName][] = [
    [/^\/home$/, 'MemberHomePage'],
    [/^\/national$/, 'NationalPage'],
    [/^\/provinces\/[^/]+$/, 'ProvincePage'],
    [/^\/agreements$/, 'AgreementsPage'],
    [/^\/agreements\/new$/, 'AgreementCreatePage'],
    [/^\/agreements\/[^/]+\/edit$/, 'AgreementEditPage'],
    [/^\/agreements\/[^/]+$/, 'AgreementPage'],
    [/^\/meetings$/, 'MeetingsPage'],
    [/^\/meetings\/new$/, 'MeetingCreatePage'],
    [/^\/meetings\/[^/]+$/, 'MeetingPage'],
    [/^\/actions$/, 'ActionsPage'],
    [/^\/actions\/new$/, 'ActionCreatePage'],
    [/^\/actions\/[^/]+$/, 'ActionPage'],
    [/^\/recommendations$/, 'RecommendationsPage'],
    [/^\/recommendations\/new$/, 'RecommendationIssuePage'],
    [/^\/recommendations\/[^/]+$/, 'RecommendationPage'],
    [/^\/import$/, 'ImportPage'],
    [/^\/notifications$/, 'InboxPage'],
    [/^\/settings$/, 'SettingsPage'],
    [/^\/outbox$/, 'OutboxPage'],
    [/^\/cases$/, 'CasesPage'],
    [/^\/cases\/new$/, 'CaseCreatePage'],
    [/^\/cases\/[^/]+$/, 'CasePage'],
    [/^\/audit$/, 'AuditPage'],
    [/^\/users$/, 'UsersPage'],
    [/^\/agencies$/, 'AgenciesPage'],
    [/^\/agencies\/new$/, 'AgencyCreatePage'],
    [/^\/agencies\/[^/]+\/edit$/, 'AgencyEditPage'],
    [/^\/agencies\/[^/]+$/, 'AgencyPage'],
    [/^\/networks$/, 'NetworksPage'],
    [/^\/networks\/new$/, 'NetworkCreatePage'],
    [/^\/networks\/[^/]+$/, 'NetworkPage'],
  ];
  return table.find(([re]) => re.test(p))?.[1] ?? null;
}

/** Starts downloading the signed-in app and the screen of `pathname`; errors surface when rendered. */
export function preloadSignedIn(pathname: string) {
  void screens.SignedInApp().catch(() => undefined);
  const screen = screenForPath(pathname);
  if (screen) void screens[screen]().catch(() => undefined);
}

/** A visitor: the sign-in page downloads alongside the session check. */
export function preloadSignIn() {
  void screens.SignInPage().catch(() => undefined);
}
