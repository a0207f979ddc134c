import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../app/session';
import { useSearchState } from '../../lib/search-state';
import { ExportMenu } from '../../common/ExportMenu';
import { PageHeader } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { Pager, useCursorPager } from '../../ui/pager';
import { FilterSelect, ListFilters } from '../../common/ListFilters';
import { useNetworkOptions, useProvinceOptions } from '../../common/pickers';
import { MeetingsDocument } from './operations.generated';
import { TableWrap } from '../../ui/table-wrap';
import { DateInput } from '../../ui/date-input';

const PAGE = 25;

export default function MeetingsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { permissions } = useViewer();
  const [f, setF] = useSearchState(['province', 'network', 'from', 'to'] as const);
  const pager = useCursorPager();
  const provinces = useProvinceOptions();
  const networks = useNetworkOptions(f.province || permissions.managedProvince);
  const filter = { provinceCode: f.province || null, networkId: f.network || null, heldFrom: f.from || null, heldTo: f.to || null };
  const q = useQuery(MeetingsDocument, {
    variables: {
      filter,
      first: PAGE,
      after: pager.after,
    },
  });
  const change = (patch: Partial<typeof f>) => {
    pager.reset();
    setF(patch);
  };

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
      <ListFilters onClear={() => change({ province: '', network: '', from: '', to: '' })}>
        {permissions.readScope !== 'PROVINCE' && (
          <FilterSelect label={t('common.province')} value={f.province} onChange={(v) => change({ province: v, network: '' })} options={provinces.options} allLabel={t('filters.all')} />
        )}
        <FilterSelect label={t('common.network')} value={f.network} onChange={(v) => change({ network: v })} options={networks} allLabel={t('filters.all')} />
        <label className="filter">
          {t('meetings.heldFrom')}
          <DateInput value={f.from} onValue={(v) => change({ from: v })} />
        </label>
        <label className="filter">
          {t('meetings.heldTo')}
          <DateInput value={f.to} onValue={(v) => change({ to: v })} />
        </label>
      </ListFilters>
      <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
        {(d) =>
          d.meetings.nodes.length === 0 ? (
            <Empty>{t('meetings.empty')}</Empty>
          ) : (
            <>
              <TableWrap>
                <table className="data-table stack-on-phone">
                  <caption className="visually-hidden">{t('meetings.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('meetings.meeting')}</th>
                      <th scope="col">{t('meetings.heldOn')}</th>
                      <th scope="col">{t('common.province')}</th>
                      <th scope="col">{t('common.network')}</th>
                      <th scope="col" className="num">
                        {t('meetings.attendees')}
                      </th>
                      <th scope="col">{t('meetings.followUps')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.meetings.nodes.map((m) => {
                      const done = m.actionItems.filter((a) => a.status === 'DONE').length;
                      const late = m.actionItems.filter((a) => a.isOverdue).length;
                      return (
                        <tr key={m.id}>
                          <th scope="row">
                            <Link to={`/meetings/${m.id}`}>{m.title}</Link>
                          </th>
                          <td data-label={t('meetings.heldOn')}>{i18n.date(m.heldOn)}</td>
                          <td data-label={t('common.province')}>{m.province?.name ?? t('common.national')}</td>
                          <td data-label={t('common.network')}>{m.network?.name ?? '–'}</td>
                          <td className="num" data-label={t('meetings.attendees')}>{i18n.number(m.attendees.length, 0)}</td>
                          <td data-label={t('meetings.followUps')}>
                            {t('meetings.followUpSummary', { done, total: m.actionItems.length })}
                            {late > 0 && <div className="text-bad small">{t('meetings.followUpLate', { n: late })}</div>}
                            {m.agreements.length > 0 && <div className="small muted">{t('meetings.agreementsSigned', { n: m.agreements.length })}</div>}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableWrap>
              <Pager pager={pager} pageSize={PAGE} connection={d.meetings} />
            </>
          )
        }
      </QueryView>
    </>
  );
}
