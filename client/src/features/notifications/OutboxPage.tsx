import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../app/session';
import { useSearchState } from '../../lib/search-state';
import { PageHeader, Section } from '../../ui/page';
import { Empty, ErrorNotice, QueryView } from '../../ui/states';
import { Pager, useCursorPager } from '../../ui/pager';
import { EmailOutboxDocument, RunFollowUpSweepDocument, UnreadCountDocument } from './operations.generated';

const PAGE = 25;

export default function OutboxPage() {
  const i18n = useI18n();
  const { t, e } = i18n;
  const { permissions } = useViewer();
  const [f, setF] = useSearchState(['to'] as const);
  const [to, setTo] = useState(f.to);
  const pager = useCursorPager();
  const q = useQuery(EmailOutboxDocument, { variables: { to: f.to || null, first: PAGE, after: pager.after }, fetchPolicy: 'cache-and-network' });
  const search = (ev: FormEvent) => {
    ev.preventDefault();
    pager.reset();
    setF({ to: to.trim() });
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
      <QueryView data={q.data} error={q.error} loading={q.loading && !q.data} retry={() => void q.refetch()}>
        {(d) =>
          d.emailOutbox.nodes.length === 0 ? (
            <Empty>{t('outbox.empty')}</Empty>
          ) : (
            <>
              <div className="table-wrap" tabIndex={0} role="region" aria-label={t('outbox.title')}>
                <table className="data-table stack-on-phone">
                  <caption className="visually-hidden">{t('outbox.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('outbox.subject')}</th>
                      <th scope="col">{t('outbox.to')}</th>
                      <th scope="col">{t('common.status')}</th>
                      <th scope="col">{t('outbox.count')}</th>
                      <th scope="col">{t('outbox.created')}</th>
                      <th scope="col" className="num">
                        {t('outbox.attempts')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.emailOutbox.nodes.map((m) => (
                      <tr key={m.id}>
                        <th scope="row">
                          <details>
                            <summary>{m.subject}</summary>
                            <pre className="email-text" lang={m.language.toLowerCase()}>
                              {m.text}
                            </pre>
                          </details>
                        </th>
                        <td data-label={t('outbox.to')}>{m.to}</td>
                        <td data-label={t('common.status')}>
                          {e('EmailStatus', m.status)}
                          {m.sentAt && <div className="muted small">{t('outbox.sent')}: {i18n.dateTime(m.sentAt)}</div>}
                        </td>
                        <td data-label={t('outbox.count')}>{t('outbox.countValue', { n: m.notificationCount })}</td>
                        <td data-label={t('outbox.created')}>{i18n.dateTime(m.createdAt)}</td>
                        <td className="num" data-label={t('outbox.attempts')}>
                          {i18n.number(m.attempts, 0)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager pager={pager} pageSize={PAGE} connection={d.emailOutbox} />
            </>
          )
        }
      </QueryView>
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
