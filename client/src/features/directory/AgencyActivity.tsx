import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { Section } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { EnumBadge, OverdueBadge } from '../../ui/badges';
import { AgencyOpenActionsDocument } from './operations.generated';

/** The agency's open follow-up actions, overdue first. */
export function AgencyActivity({ agencyId }: { agencyId: string }) {
  const { t, date } = useI18n();
  const q = useQuery(AgencyOpenActionsDocument, { variables: { agencyId } });
  return (
    <Section title={t('directory.openActions')}>
      <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
        {(d) => {
          const items = [...d.actionItems.nodes].sort((a, b) => Number(b.isOverdue) - Number(a.isOverdue) || a.dueOn.localeCompare(b.dueOn));
          if (items.length === 0) return <Empty>{t('directory.noOpenActions')}</Empty>;
          return (
            <>
              <ul className="card-list">
                {items.map((a) => (
                  <li key={a.id} className="card">
                    <Link to={`/actions/${a.id}`}>{a.title}</Link> <EnumBadge name="ActionStatus" value={a.status} /> {a.isOverdue && <OverdueBadge days={a.daysOverdue} />}
                    <div className="muted small">
                      {t('common.dueOn')}: {date(a.dueOn)}
                    </div>
                  </li>
                ))}
              </ul>
              {d.actionItems.totalCount > items.length && (
                <Link to={`/actions?agency=${agencyId}`}>{t('directory.allActions', { n: d.actionItems.totalCount })}</Link>
              )}
            </>
          );
        }}
      </QueryView>
    </Section>
  );
}
