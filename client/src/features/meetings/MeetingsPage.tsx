import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../session/session';
import { useListPage } from '../../ui/list-page';
import { ExportMenu } from '../../common/ExportMenu';
import { PageHeader } from '../../ui/page';
import { PagedTable } from '../../ui/data-table';
import { DateFilter, FilterSelect, ListFilters } from '../../common/ListFilters';
import { useNetworkOptions, useProvinceOptions } from '../../common/pickers';
import { MeetingsDocument, type FollowUpSummaryFragment } from './operations.generated';
import { followUpProgress } from './follow-up-progress';

const PAGE = 25;

export default function MeetingsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { permissions } = useViewer();
  const { filters: f, clear, bind, pager } = useListPage(['province', 'network', 'from', 'to'] as const);
  const provinces = useProvinceOptions();
  const networks = useNetworkOptions(f.province || permissions.managedProvince);
  const filter = { provinceCode: f.province || null, networkId: f.network || null, heldFrom: f.from || null, heldTo: f.to || null };
  const q = useQuery(MeetingsDocument, { variables: { filter, first: PAGE, after: pager.after } });

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        subtitle={t('meetings.subtitle')}
        actions={
          <>
            <ExportMenu dataset="meetings" filter={filter} />
            {permissions.canRecordMeeting && (
              <Link className="btn btn-primary" to="/meetings/new">
                {t('meetings.record')}
              </Link>
            )}
          </>
        }
      />
      <ListFilters onClear={clear}>
        {permissions.readScope !== 'PROVINCE' && (
          <FilterSelect label={t('common.province')} {...bind('province', { network: '' })} options={provinces.options} />
        )}
        <FilterSelect label={t('common.network')} {...bind('network')} options={networks} />
        <DateFilter label={t('meetings.heldFrom')} {...bind('from')} />
        <DateFilter label={t('meetings.heldTo')} {...bind('to')} />
      </ListFilters>
      <PagedTable
        query={q}
        connection={(d) => d.meetings}
        pager={pager}
        pageSize={PAGE}
        empty={t('meetings.empty')}
        caption={t('meetings.title')}
        cards
        rowKey={(m) => m.id}
        columns={[
          { header: t('meetings.meeting'), rowHeader: true, cell: (m) => <Link to={`/meetings/${m.id}`}>{m.title}</Link> },
          { header: t('meetings.heldOn'), cell: (m) => i18n.date(m.heldOn) },
          { header: t('common.province'), cell: (m) => m.province?.name ?? t('common.national') },
          { header: t('common.network'), cell: (m) => m.network?.name ?? '–' },
          { header: t('meetings.attendees'), className: 'num', cell: (m) => i18n.number(m.attendees.length, 0) },
          { header: t('meetings.followUps'), cell: (m) => <FollowUpSummary meeting={m} /> },
        ]}
      />
    </>
  );
}

function FollowUpSummary({ meeting: m }: { meeting: FollowUpSummaryFragment }) {
  const { t } = useI18n();
  const { done, late, total } = followUpProgress(m.actionItems);
  return (
    <>
      {t('meetings.followUpSummary', { done, total })}
      {late > 0 && <div className="text-bad small">{t('meetings.followUpLate', { n: late })}</div>}
      {m.agreements.length > 0 && <div className="small muted">{t('meetings.agreementsSigned', { n: m.agreements.length })}</div>}
    </>
  );
}
