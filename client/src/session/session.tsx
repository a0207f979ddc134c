import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { problemOf } from '../lib/errors';
import { postGraphql } from '../app/graphql-fetch';
import { onSessionExpired } from './session-events';
import type { SessionQuery } from './operations.generated';
import sessionDocument from './session.graphql?raw';

export type Viewer = NonNullable<SessionQuery['me']>;
export type Permissions = Omit<SessionQuery['viewerPermissions'], '__typename'>;

/** The Session query's text, sent as is so the check needs neither Apollo nor graphql's printer. */
export const SESSION_QUERY: string = sessionDocument;

/** Remembered (not a secret: the session itself is an httpOnly cookie) so a return visit fetches the app at once. */
const SIGNED_IN_HINT = 'hub.signedIn';

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  /** `expired`: the server ended the session; `left`: the user signed out; `visitor`: never signed in. */
  | { status: 'signedOut'; reason: 'visitor' | 'expired' | 'left' }
  | { status: 'signedIn'; viewer: Viewer; permissions: Permissions };

type Loaded = { viewer: Viewer; permissions: Permissions } | null;

/**
 * Who is signed in, in one request (no Me → ViewerPermissions waterfall); started by
 * main.tsx before React renders so it runs alongside the download of the app's code.
 */
export async function fetchSession(): Promise<Loaded> {
  try {
    const data = await postGraphql<SessionQuery>('Session', SESSION_QUERY);
    if (!data.me) return null;
    const { __typename: _t, ...permissions } = data.viewerPermissions as SessionQuery['viewerPermissions'] & { __typename?: string };
    return { viewer: data.me, permissions };
  } catch (err) {
    if (problemOf(err)?.code === 'UNAUTHENTICATED') return null;
    throw err;
  }
}

let firstLoad: Promise<Loaded> | null = null;
/** The session check of the page load, shared by main.tsx's early start and the provider. */
export function startSession(): Promise<Loaded> {
  firstLoad ??= fetchSession();
  return firstLoad;
}

export function rememberedSignedIn(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_HINT) === '1';
  } catch {
    return false;
  }
}

function remember(signedIn: boolean) {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_HINT, '1');
    else localStorage.removeItem(SIGNED_IN_HINT);
  } catch {
    // storage unavailable: only the early download of the app is lost
  }
}

type ClearListener = () => Promise<unknown> | void;
const clearListeners = new Set<ClearListener>();
/** The signed-in app registers its cache here: emptied whenever the session changes. */
export function onSessionCleared(listener: ClearListener): () => void {
  clearListeners.add(listener);
  return () => clearListeners.delete(listener);
}
async function clearCaches() {
  await Promise.all([...clearListeners].map((l) => l()));
}

interface SessionApi {
  state: SessionState;
  /** Re-reads the viewer after signing in. */
  signedIn(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [loaded, setLoaded] = useState<{ status: 'loading' } | { status: 'error'; error: unknown } | { status: 'done'; value: Loaded }>({ status: 'loading' });
  const [reason, setReason] = useState<'visitor' | 'expired' | 'left'>('visitor');

  const load = useCallback(async (request: Promise<Loaded>) => {
    try {
      const value = await request;
      remember(value !== null);
      setLoaded({ status: 'done', value });
    } catch (error) {
      setLoaded({ status: 'error', error });
    }
  }, []);

  useEffect(() => {
    void load(startSession());
  }, [load]);

  useEffect(
    () =>
      onSessionExpired(() => {
        setReason('expired');
        void clearCaches().then(() => load(fetchSession()));
      }),
    [load],
  );

  const signedIn = useCallback(async () => {
    setReason('visitor');
    await clearCaches();
    await load(fetchSession());
  }, [load]);

  const signOut = useCallback(async () => {
    try {
      await postGraphql('Logout', 'mutation Logout { logout }');
    } catch {
      // already signed out on the server: the local state is cleared all the same
    }
    setReason('left');
    await clearCaches();
    await load(fetchSession());
  }, [load]);

  const state: SessionState = useMemo(() => {
    if (loaded.status === 'loading') return { status: 'loading' };
    if (loaded.status === 'error')
      return {
        status: 'error',
        error: loaded.error,
        retry: () => {
          setLoaded({ status: 'loading' });
          void load(fetchSession());
        },
      };
    if (!loaded.value) return { status: 'signedOut', reason };
    return { status: 'signedIn', viewer: loaded.value.viewer, permissions: loaded.value.permissions };
  }, [loaded, reason, load]);

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
