import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../session/session';
import { useListPage } from '../../ui/list-page';
import { PageHeader, Section } from '../../ui/page';
import { ErrorNotice } from '../../ui/states';
import { PagedTable } from '../../ui/data-table';
import { EmailOutboxDocument, RunFollowUpSweepDocument, UnreadCountDocument } from './operations.generated';

const PAGE = 25;

export default function OutboxPage() {
  const i18n = useI18n();
  const { t, e } = i18n;
  const { permissions } = useViewer();
  const { filters: f, change, pager } = useListPage(['to'] as const);
  const [to, setTo] = useState(f.to);
  const q = useQuery(EmailOutboxDocument, { variables: { to: f.to || null, first: PAGE, after: pager.after }, fetchPolicy: 'cache-and-network' });
  const search = (ev: FormEvent) => {
    ev.preventDefault();
    change({ to: to.trim() });
  };

  return (
    <>
      <PageHeader title={t('outbox.title')} subtitle={t('outbox.subtitle')} />
      {permissions.canRunFollowUpSweep && <SweepForm onDone={() => void q.refetch()} />}
      <form className="filters" onSubmit={search} role="search">
        <label className="filter">
          {t('outbox.filterTo')}
          <input type="email" value={to} onChange={(ev) => setTo(ev.target.value)} autoComplete="off" />
        </label>
        <button type="submit" className="btn">
          {t('filters.apply')}
        </button>
      </form>
      <PagedTable
        query={q}
        connection={(d) => d.emailOutbox}
        pager={pager}
        pageSize={PAGE}
        empty={t('outbox.empty')}
        caption={t('outbox.title')}
        cards
        rowKey={(m) => m.id}
        columns={[
          {
            header: t('outbox.subject'),
            rowHeader: true,
            cell: (m) => (
              <details>
                <summary>{m.subject}</summary>
                <pre className="email-text" lang={m.language.toLowerCase()}>
                  {m.text}
                </pre>
              </details>
            ),
          },
          { header: t('outbox.to'), cell: (m) => m.to },
          {
            header: t('common.status'),
            cell: (m) => (
              <>
                {e('EmailStatus', m.status)}
                {m.sentAt && (
                  <div className="muted small">
                    {t('outbox.sent')}: {i18n.dateTime(m.sentAt)}
                  </div>
                )}
              </>
            ),
          },
          { header: t('outbox.count'), cell: (m) => t('outbox.countValue', { n: m.notificationCount }) },
          { header: t('outbox.created'), cell: (m) => i18n.dateTime(m.createdAt) },
          { header: t('outbox.attempts'), className: 'num', cell: (m) => i18n.number(m.attempts, 0) },
        ]}
      />
    </>
  );
}

function SweepForm({ onDone }: { onDone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [asOf, setAsOf] = useState('');
  const [run, state] = useMutation(RunFollowUpSweepDocument, { refetchQueries: [UnreadCountDocument] });
  const [result, setResult] = useState<string | null>(null);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setResult(null);
    run({ variables: { asOf: asOf || null } })
      .then((r) => {
        const s = r.data?.runFollowUpSweep;
        if (s) setResult(t('outbox.sweepDone', { date: i18n.date(s.asOf), created: s.notificationsCreated, queued: s.emailsQueued }));
        onDone();
      })
      .catch(() => {
        // shown below
      });
  };
  return (
    <Section title={t('outbox.runSweep')}>
      <form className="filters" onSubmit={submit}>
        <label className="filter">
          {t('outbox.sweepAsOf')}
          <input type="date" value={asOf} onChange={(ev) => setAsOf(ev.target.value)} />
        </label>
        <button type="submit" className="btn btn-primary" disabled={state.loading}>
          {t('outbox.runSweep')}
        </button>
      </form>
      {state.error && <ErrorNotice error={state.error} compact />}
      {result && (
        <p className="notice notice-success" role="status">
          {result}
        </p>
      )}
    </Section>
  );
}
