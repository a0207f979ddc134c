import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { onSessionExpired } from './apollo';
import { LogoutDocument, MeDocument, ViewerPermissionsDocument, type MeQuery, type ViewerPermissionsQuery } from './operations.generated';

export type Viewer = NonNullable<MeQuery['me']>;
export type Permissions = Omit<ViewerPermissionsQuery['viewerPermissions'], '__typename'>;

export const NO_PERMISSIONS: Permissions = {
  canCreateAgency: false,
  canCreateNetwork: false,
  canRecordMeeting: false,
  canCreateAgreement: false,
  canCreateActionItem: false,
  canRecordCase: false,
  canReadCases: false,
  canReadAuditTrail: false,
  canManageUsers: false,
  canIssueRecommendation: false,
};

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  /** `expired`: the server ended the session; `left`: the user signed out; `visitor`: never signed in. */
  | { status: 'signedOut'; reason: 'visitor' | 'expired' | 'left' }
  | { status: 'signedIn'; viewer: Viewer; permissions: Permissions };

interface SessionApi {
  state: SessionState;
  /** Re-reads the viewer after signing in. */
  signedIn(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const me = useQuery(MeDocument, { fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const viewer = me.data?.me ?? null;
  const perms = useQuery(ViewerPermissionsDocument, { skip: !viewer, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const [logout] = useMutation(LogoutDocument);
  const [reason, setReason] = useState<'visitor' | 'expired' | 'left'>('visitor');

  const refetchMe = me.refetch;

  useEffect(
    () =>
      onSessionExpired(() => {
        setReason('expired');
        void client.clearStore().then(() => refetchMe());
      }),
    [client, refetchMe],
  );

  const signedIn = useCallback(async () => {
    setReason('visitor');
    await client.clearStore();
    await refetchMe();
  }, [client, refetchMe]);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      // already signed out on the server: the local state is cleared all the same
    }
    setReason('left');
    await client.clearStore();
    await refetchMe();
  }, [client, logout, refetchMe]);

  const state: SessionState = useMemo(() => {
    if (me.error && !me.data) return { status: 'error', error: me.error, retry: () => void me.refetch() };
    if (!me.data) return { status: 'loading' };
    if (!viewer) return { status: 'signedOut', reason };
    if (perms.error && !perms.data) return { status: 'error', error: perms.error, retry: () => void perms.refetch() };
    if (!perms.data) return { status: 'loading' };
    const { __typename: _t, ...permissions } = perms.data.viewerPermissions as ViewerPermissionsQuery['viewerPermissions'] & { __typename?: string };
    return { status: 'signedIn', viewer, permissions };
  }, [me, viewer, perms, reason]);

  const api = useMemo(() => ({ state, signedIn, signOut }), [state, signedIn, signOut]);
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** The signed-in viewer and their permissions; only for screens behind the sign-in guard. */
export function useViewer(): { viewer: Viewer; permissions: Permissions } {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useViewer without a signed-in viewer');
  return { viewer: state.viewer, permissions: state.permissions };
}
