import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useListPage } from '../../ui/list-page';
import { PageHeader } from '../../ui/page';
import { Empty, ErrorNotice, QueryView } from '../../ui/states';
import { Pager } from '../../ui/pager';
import { NotificationLink } from './notification-text';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  NotificationsDocument,
  UnreadCountDocument,
} from './operations.generated';

const PAGE = 25;
const REFRESH = [NotificationsDocument, UnreadCountDocument];

export default function InboxPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { filters: f, change, pager } = useListPage(['show'] as const);
  const unreadOnly = f.show !== 'all';
  const q = useQuery(NotificationsDocument, { variables: { unreadOnly, first: PAGE, after: pager.after }, fetchPolicy: 'cache-and-network' });
  const [markRead, markState] = useMutation(MarkNotificationsReadDocument, { refetchQueries: REFRESH });
  const [markAll, markAllState] = useMutation(MarkAllNotificationsReadDocument, { refetchQueries: REFRESH });
  const [done, setDone] = useState<string | null>(null);
  const show = (v: 'unread' | 'all') => {
    setDone(null);
    change({ show: v === 'all' ? 'all' : '' });
  };
  const unread = q.data?.notifications.unreadCount ?? 0;

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle')}
        actions={
          unread > 0 && (
            <button
              type="button"
              className="btn"
              disabled={markAllState.loading}
              onClick={() =>
                void markAll()
                  .then((r) => setDone(t('inbox.markedAll', { n: r.data?.markAllNotificationsRead ?? 0 })))
                  .catch(() => {
                    // shown by ErrorNotice below
                  })
              }
            >
              {t('inbox.markAllRead')}
            </button>
          )
        }
      />
      <div className="filters" role="group" aria-label={t('inbox.show')}>
        <span className="filter-label">{t('inbox.show')}</span>
        <button type="button" className={`btn btn-small${unreadOnly ? ' btn-selected' : ''}`} aria-pressed={unreadOnly} onClick={() => show('unread')}>
          {t('inbox.unread')}
        </button>
        <button type="button" className={`btn btn-small${!unreadOnly ? ' btn-selected' : ''}`} aria-pressed={!unreadOnly} onClick={() => show('all')}>
          {t('inbox.all')}
        </button>
        <span className="muted small" aria-live="polite">
          {t('inbox.unreadCount', { n: unread })}
        </span>
      </div>
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {(markState.error || markAllState.error) && <ErrorNotice error={markState.error ?? markAllState.error} compact />}
      <QueryView data={q.data} error={q.error} loading={q.loading && !q.data} retry={() => void q.refetch()}>
        {(d) =>
          d.notifications.nodes.length === 0 ? (
            <Empty>{unreadOnly ? t('inbox.emptyUnread') : t('inbox.emptyAll')}</Empty>
          ) : (
            <>
              <ul className="inbox-list">
                {d.notifications.nodes.map((n) => {
                  const isUnread = !n.readAt;
                  const mark = () => {
                    if (isUnread) void markRead({ variables: { ids: [n.id] } }).catch(() => {});
                  };
                  return (
                    <li key={n.id} className={`inbox-item${isUnread ? ' inbox-unread' : ''}`}>
                      <div className="inbox-text">
                        {isUnread && <span className="badge badge-info">{t('inbox.new')}</span>} <NotificationLink n={n} i18n={i18n} onOpen={mark} />
                        <div className="muted small">{t('inbox.received', { date: i18n.dateTime(n.createdAt) })}</div>
                      </div>
                      {isUnread && (
                        <button type="button" className="btn btn-small" onClick={mark} disabled={markState.loading}>
                          {t('inbox.markRead')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
              <Pager pager={pager} pageSize={PAGE} connection={d.notifications} />
            </>
          )
        }
      </QueryView>
      <p className="muted small">
        <Link to="/settings">{t('inbox.settingsHint')}</Link>
      </p>
    </>
  );
}
