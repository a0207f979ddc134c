import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { AgencyName, EnumBadge, OverdueBadge } from '../../ui/badges';
import type { ActionStatusBadgesFragment, LinkedActionItemFragment } from './operations.generated';

/** The action items that carry out a meeting's decisions or a recommendation: status, and when due or done. */
export function LinkedActionItems({ items, caption }: { items: readonly LinkedActionItemFragment[]; caption: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <DataTable
      caption={caption}
      rows={items}
      rowKey={(a) => a.id}
      columns={[
        { header: t('common.action'), rowHeader: true, cell: (a) => <Link to={`/actions/${a.id}`}>{a.title}</Link> },
        { header: t('common.agency'), cell: (a) => <AgencyName agency={a.agency} /> },
        { header: t('common.status'), cell: (a) => <ActionStatusBadges item={a} /> },
        { header: t('common.dueOn'), cell: (a) => (a.status === 'DONE' ? t('actions.completedOnShort', { date: i18n.date(a.completedOn) }) : i18n.date(a.dueOn)) },
      ]}
    />
  );
}

/** The item's status, and how many days it is overdue when it is. */
export function ActionStatusBadges({ item }: { item: ActionStatusBadgesFragment }) {
  return (
    <>
      <EnumBadge name="ActionStatus" value={item.status} /> {item.isOverdue && <OverdueBadge days={item.daysOverdue} />}
    </>
  );
}
