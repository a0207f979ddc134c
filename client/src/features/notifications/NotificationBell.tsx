import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { UnreadCountDocument } from './operations.generated';

const MINUTE = 60_000;

/** The header's bell: the viewer's unread count, refreshed on every navigation and every minute. */
export function NotificationBell() {
  const { t, number } = useI18n();
  const location = useLocation();
  const q = useQuery(UnreadCountDocument, { pollInterval: MINUTE, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const refetch = q.refetch;
  useEffect(() => {
    void refetch().catch(() => {
      // the bell keeps its last count; the page itself reports failures
    });
  }, [location.pathname, refetch]);
  const unread = q.data?.notifications.unreadCount ?? 0;
  const label = unread > 0 ? t('bell.label', { n: unread }) : t('bell.none');
  return (
    <Link to="/notifications" className="bell" aria-label={label} title={label}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      {unread > 0 && (
        <span className="bell-count" aria-hidden="true">
          {unread > 99 ? '99+' : number(unread, 0)}
        </span>
      )}
    </Link>
  );
}
