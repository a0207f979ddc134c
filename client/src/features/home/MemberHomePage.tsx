import { Link, Navigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { actsForAgency } from '../../app/home';
import { useViewer } from '../../session/session';
import { addDays, today } from '../../lib/dates';
import { PageHeader, Section } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { EnumBadge, agencyLabel } from '../../ui/badges';
import { HomeDueSoonDocument, HomeOverdueDocument, HomeReferralsDocument } from './operations.generated';

/** "Due soon": due today or within the next 7 days, as the follow-up reminders count it. */
const DUE_SOON_DAYS = 7;

/**
 * A member's home: what needs their action, before any figure or chart. Their agency's
 * overdue items (longest overdue first), the items due in the next week, and the referrals
 * waiting for their agency's answer; the province's figures come after, one link away.
 * The three lists are requested at once.
 */
export default function MemberHomePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { viewer, permissions } = useViewer();
  const agency = viewer.agency;
  const agencyId = agency?.id ?? '';
  const day = today();
  const overdue = useQuery(HomeOverdueDocument, { variables: { agencyId }, skip: !agency });
  const dueSoon = useQuery(HomeDueSoonDocument, { variables: { agencyId, dueBefore: addDays(day, DUE_SOON_DAYS + 1) }, skip: !agency });
  const referrals = useQuery(HomeReferralsDocument, { variables: { agencyId }, skip: !agency || !permissions.canReadCases });

  if (!actsForAgency(permissions)) return <Navigate to="/" replace />;
  if (!agency) {
    return (
      <>
        <PageHeader title={t('home.title')} />
        <Empty>{t('home.noAgency')}</Empty>
      </>
    );
  }
  const province = agency.province;

  return (
    <div className="home">
      <PageHeader title={t('home.title')} subtitle={t('home.subtitle', { agency: agencyLabel(agency) })} />

      <Section title={t('home.overdueSection')} id="home-overdue">
        <p className="muted small">{t('home.overdueHint')}</p>
        <QueryView data={overdue.data} error={overdue.error} loading={overdue.loading} retry={() => void overdue.refetch()}>
          {(d) => {
            const items = [...d.actionItems.nodes].sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
            if (items.length === 0) return <Empty>{t('home.noOverdue')}</Empty>;
            return (
              <>
                <ul className="todo-list" aria-labelledby="home-overdue">
                  {items.map((a) => (
                    <li key={a.id} className="todo todo-overdue">
                      <Link to={`/actions/${a.id}`} className="todo-title">
                        {a.title}
                      </Link>
                      <span className="todo-meta">
                        <strong>{t('home.daysOverdue', { n: a.daysOverdue ?? 0 })}</strong> · {t('home.dueIn', { date: i18n.date(a.dueOn) })} ·{' '}
                        <EnumBadge name="Priority" value={a.priority} />
                      </span>
                    </li>
                  ))}
                </ul>
                {d.actionItems.totalCount > items.length && (
                  <p className="small">
                    <Link to="/actions?scope=mine&overdue=1">{t('home.more', { n: d.actionItems.totalCount })}</Link>
                  </p>
                )}
              </>
            );
          }}
        </QueryView>
      </Section>

      <Section title={t('home.dueSoonSection')} id="home-due-soon">
        <QueryView data={dueSoon.data} error={dueSoon.error} loading={dueSoon.loading} retry={() => void dueSoon.refetch()}>
          {(d) => {
            const items = [...d.actionItems.nodes].filter((a) => a.dueOn && a.dueOn >= day).sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
            if (items.length === 0) return <Empty>{t('home.noDueSoon')}</Empty>;
            return (
              <ul className="todo-list" aria-labelledby="home-due-soon">
                {items.map((a) => (
                  <li key={a.id} className="todo">
                    <Link to={`/actions/${a.id}`} className="todo-title">
                      {a.title}
                    </Link>
                    <span className="todo-meta">
                      {t('home.dueIn', { date: i18n.date(a.dueOn) })} · <EnumBadge name="ActionStatus" value={a.status} /> · <EnumBadge name="Priority" value={a.priority} />
                    </span>
                  </li>
                ))}
              </ul>
            );
          }}
        </QueryView>
      </Section>

      {permissions.canReadCases && (
        <Section title={t('home.referralsSection')} id="home-referrals">
          <QueryView data={referrals.data} error={referrals.error} loading={referrals.loading} retry={() => void referrals.refetch()}>
            {(d) => {
              const waiting = d.cases.nodes.flatMap((c) =>
                c.referrals.filter((r) => r.status === 'PENDING' && r.toAgency.id === agency.id).map((r) => ({ c, r })),
              );
              if (waiting.length === 0) return <Empty>{t('home.noReferrals')}</Empty>;
              return (
                <ul className="todo-list" aria-labelledby="home-referrals">
                  {waiting.map(({ c, r }) => (
                    <li key={r.id} className="todo">
                      <Link to={`/cases/${c.id}`} className="todo-title">
                        {c.code} · <EnumBadge name="IssueArea" value={c.issueArea} />
                      </Link>
                      <span className="todo-meta">{t('home.referredBy', { agency: agencyLabel(r.fromAgency), date: i18n.date(r.referredOn) })}</span>
                    </li>
                  ))}
                </ul>
              );
            }}
          </QueryView>
        </Section>
      )}

      {province && (
        <Section title={t('home.figuresSection')} id="home-figures">
          <p>
            <Link className="btn" to={`/provinces/${province.code}`}>
              {t('home.figuresLink', { province: province.name })}
            </Link>
          </p>
        </Section>
      )}
    </div>
  );
}
