import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * Cursor paging with a stack of cursors, so "previous" works without the API going
 * backwards. Reset it (new `key`) whenever the filters change.
 */
export function useCursorPager() {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const after = stack[stack.length - 1];
  const next = useCallback((cursor: string | null | undefined) => cursor && setStack((s) => [...s, cursor]), []);
  const prev = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([null]), []);
  return { after, page: stack.length, next, prev, reset };
}

export type CursorPager = ReturnType<typeof useCursorPager>;

/** What a list query answers: the page's nodes, the total, and where the next page starts. */
export interface PagedConnection {
  totalCount: number;
  nodes: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** "1–50 of 312" with previous/next buttons, for a list query paged by `useCursorPager`. */
export function Pager({
  pager,
  pageSize,
  connection,
}: {
  pager: CursorPager;
  pageSize: number;
  connection: PagedConnection;
}) {
  const { page } = pager;
  const total = connection.totalCount;
  const hasNext = connection.pageInfo.hasNextPage;
  const onNext = () => pager.next(connection.pageInfo.endCursor);
  const onPrev = pager.prev;
  const { t } = useI18n();
  const start = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const end = (page - 1) * pageSize + connection.nodes.length;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <span aria-live="polite">{t('pager.range', { start, end, total })}</span>
      <span className="pager-buttons">
        <button type="button" className="btn btn-small" onClick={onPrev} disabled={page <= 1}>
          {t('pager.prev')}
        </button>
        <button type="button" className="btn btn-small" onClick={onNext} disabled={!hasNext}>
          {t('pager.next')}
        </button>
      </span>
    </nav>
  );
}
