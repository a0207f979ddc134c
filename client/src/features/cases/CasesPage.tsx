import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumValues } from '../../i18n/enums';
import { useViewer } from '../../app/session';
import { useSearchState } from '../../lib/search-state';
import { localForbidden } from '../../lib/errors';
import type { CaseOutcome, IssueArea } from '../../gql/schema-types';
import { ExportMenu } from '../../common/ExportMenu';
import { PageHeader } from '../../ui/page';
import { Empty, ErrorNotice, QueryView } from '../../ui/states';
import { Pager, useCursorPager } from '../../ui/pager';
import { AgencyName } from '../../ui/badges';
import { FilterSelect, ListFilters } from '../../common/ListFilters';
import { useAgencyOptions, useProvinceOptions } from '../../common/pickers';
import { CasesDocument } from './operations.generated';
import { TableWrap } from '../../ui/table-wrap';
import { DateInput } from '../../ui/date-input';

const PAGE = 25;

/** Anonymised case records within the viewer's scope: codes, categories and dates only. */
export default function CasesPage() {
  const i18n = useI18n();
  const { t, e } = i18n;
  const { viewer, permissions } = useViewer();
  const [f, setF] = useSearchState(['province', 'issue', 'outcome', 'agency', 'from', 'to'] as const);
  const pager = useCursorPager();
  const provinces = useProvinceOptions();
  const agencies = useAgencyOptions(f.province || viewer.province?.code || viewer.agency?.province?.code || null);
  const filter = {
    provinceCode: f.province || null,
    issueArea: (f.issue || null) as IssueArea | null,
    outcome: (f.outcome || null) as CaseOutcome | null,
    agencyId: f.agency || null,
    reportedFrom: f.from || null,
    reportedTo: f.to || null,
  };
  const q = useQuery(CasesDocument, {
    skip: !permissions.canReadCases,
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

  if (!permissions.canReadCases)
    return (
      <>
        <PageHeader title={t('cases.title')} />
        <ErrorNotice error={localForbidden()} />
        <p className="muted">{t('cases.oversightNote')}</p>
      </>
    );

  return (
    <>
      <PageHeader
        title={t('cases.title')}
        subtitle={t('cases.subtitle')}
        actions={
          <>
            <ExportMenu dataset="cases" filter={filter} />
            {permissions.canRecordCase && (
              <Link className="btn btn-primary" to="/cases/new">
                {t('cases.record')}
              </Link>
            )}
          </>
        }
      />
      <ListFilters onClear={() => change({ province: '', issue: '', outcome: '', agency: '', from: '', to: '' })}>
        {permissions.caseReadScope === 'ALL' && (
          <FilterSelect label={t('common.province')} value={f.province} onChange={(v) => change({ province: v, agency: '' })} options={provinces.options} allLabel={t('filters.all')} />
        )}
        <FilterSelect
          label={t('common.issueArea')}
          value={f.issue}
          onChange={(v) => change({ issue: v })}
          options={enumValues('IssueArea').map((s) => ({ value: s, label: e('IssueArea', s) }))}
          allLabel={t('filters.all')}
        />
        <FilterSelect
          label={t('common.outcome')}
          value={f.outcome}
          onChange={(v) => change({ outcome: v })}
          options={enumValues('CaseOutcome').map((s) => ({ value: s, label: e('CaseOutcome', s) }))}
          allLabel={t('filters.all')}
        />
        <FilterSelect label={t('common.agency')} value={f.agency} onChange={(v) => change({ agency: v })} options={agencies.options} allLabel={t('filters.all')} />
        <label className="filter">
          {t('cases.reportedFrom')}
          <DateInput value={f.from} onValue={(v) => change({ from: v })} />
        </label>
        <label className="filter">
          {t('cases.reportedTo')}
          <DateInput value={f.to} onValue={(v) => change({ to: v })} />
        </label>
      </ListFilters>
      <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
        {(d) =>
          d.cases.nodes.length === 0 ? (
            <Empty>{t('cases.empty')}</Empty>
          ) : (
            <>
              <TableWrap>
                <table className="data-table stack-on-phone">
                  <caption className="visually-hidden">{t('cases.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('cases.code')}</th>
                      <th scope="col">{t('common.issueArea')}</th>
                      <th scope="col">{t('cases.victim')}</th>
                      <th scope="col">{t('cases.reportedOn')}</th>
                      <th scope="col">{t('cases.intakeAgency')}</th>
                      <th scope="col">{t('common.outcome')}</th>
                      <th scope="col">{t('cases.flow')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.cases.nodes.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">
                          <Link to={`/cases/${c.id}`} className="mono">
                            {c.code}
                          </Link>
                        </th>
                        <td data-label={t('common.issueArea')}>{e('IssueArea', c.issueArea)}</td>
                        <td data-label={t('cases.victim')}>
                          {e('AgeGroup', c.victimAgeGroup)}, {e('Sex', c.victimSex)}
                        </td>
                        <td data-label={t('cases.reportedOn')}>{i18n.date(c.reportedOn)}</td>
                        <td data-label={t('cases.intakeAgency')}>
                          <AgencyName agency={c.intakeAgency} />
                        </td>
                        <td data-label={t('common.outcome')}>{e('CaseOutcome', c.outcome)}</td>
                        <td className="small" data-label={t('cases.flow')}>{t('cases.flowSummary', { referrals: c.referrals.length, services: c.services.length })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
              <Pager pager={pager} pageSize={PAGE} connection={d.cases} />
            </>
          )
        }
      </QueryView>
    </>
  );
}
