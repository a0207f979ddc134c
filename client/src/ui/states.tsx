import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { problemOf, type ProblemCode } from '../lib/errors';
import { useSession } from '../session/session';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="state state-empty" role="status">
      {children}
    </div>
  );
}

const TITLES: Record<ProblemCode, MessageKey> = {
  UNAUTHENTICATED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  BAD_USER_INPUT: 'error.badInput',
  CONFLICT: 'error.conflict',
  INTERNAL_SERVER_ERROR: 'error.internal',
  NETWORK: 'error.network',
  UNKNOWN: 'error.unknown',
};

const EXPLANATIONS: Partial<Record<ProblemCode, MessageKey>> = {
  FORBIDDEN: 'error.forbiddenExplain',
  NOT_FOUND: 'error.notFoundExplain',
  INTERNAL_SERVER_ERROR: 'error.internalExplain',
  NETWORK: 'error.networkExplain',
};

/**
 * Explains a failed request: what happened in the reader's language, why (for refusals,
 * with the viewer's role), and the server's own message as detail.
 */
export function ErrorNotice({ error, retry, compact }: { error: unknown; retry?: () => void; compact?: boolean }) {
  const { t, e } = useI18n();
  const { state } = useSession();
  const p = problemOf(error);
  if (!p) return null;
  const explain = EXPLANATIONS[p.code];
  const role = state.status === 'signedIn' ? e('Role', state.viewer.role) : null;
  return (
    <div className={`notice notice-error${compact ? ' notice-compact' : ''}`} role="alert">
      <strong className="notice-title">{t(TITLES[p.code])}</strong>
      {explain && <p>{t(explain, { role: role ?? '' })}</p>}
      {p.message && p.code !== 'NETWORK' && (
        <p className="notice-detail">
          <span className="muted">{t('error.serverSaid')}</span> <span lang="en">{p.message}</span>
        </p>
      )}
      {retry && (
        <button type="button" className="btn btn-small" onClick={retry}>
          {t('action.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * The common shape of a screen's data: an error (with retry), a first load, or content.
 * While fresher data loads over cached data the content stays visible.
 */
export function QueryView<T>({
  data,
  error,
  loading,
  retry,
  children,
}: {
  data: T | undefined | null;
  error: unknown;
  loading: boolean;
  retry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (error && !data) return <ErrorNotice error={error} retry={retry} />;
  if (!data) return loading ? <Loading /> : <ErrorNotice error={error ?? new Error('No data')} retry={retry} />;
  return (
    <>
      {error ? <ErrorNotice error={error} retry={retry} compact /> : null}
      {children(data)}
    </>
  );
}
