import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import { useViewer } from '../../session/session';
import type { CaseOutcome, IssueArea } from '../../gql/schema-types';
import { ExportMenu } from '../../common/ExportMenu';
import { PageHeader } from '../../ui/page';
import { useListPage } from '../../ui/list-page';
import { PagedTable } from '../../ui/data-table';
import { AgencyName } from '../../ui/badges';
import { DateFilter, FilterSelect, ListFilters } from '../../common/ListFilters';
import { useAgencyOptions, useProvinceOptions } from '../../common/pickers';
import { CasesDocument } from './operations.generated';
import { ForbiddenPage } from '../../ui/refusals';

const PAGE = 25;

/** Anonymised case records within the viewer's scope: codes, categories and dates only. */
export default function CasesPage() {
  const i18n = useI18n();
  const { t, e } = i18n;
  const { viewer, permissions } = useViewer();
  const { filters: f, clear, bind, pager } = useListPage(['province', 'issue', 'outcome', 'agency', 'from', 'to'] as const);
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

  if (!permissions.canReadCases)
    return (
      <ForbiddenPage title={t('cases.title')}>
        <p className="muted">{t('cases.oversightNote')}</p>
      </ForbiddenPage>
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
      <ListFilters onClear={clear}>
        {permissions.caseReadScope === 'ALL' && (
          <FilterSelect label={t('common.province')} {...bind('province', { agency: '' })} options={provinces.options} />
        )}
        <FilterSelect label={t('common.issueArea')} {...bind('issue')} options={enumOptions('IssueArea', e)} />
        <FilterSelect label={t('common.outcome')} {...bind('outcome')} options={enumOptions('CaseOutcome', e)} />
        <FilterSelect label={t('common.agency')} {...bind('agency')} options={agencies.options} />
        <DateFilter label={t('cases.reportedFrom')} {...bind('from')} />
        <DateFilter label={t('cases.reportedTo')} {...bind('to')} />
      </ListFilters>
      <PagedTable
        query={q}
        connection={(d) => d.cases}
        pager={pager}
        pageSize={PAGE}
        empty={t('cases.empty')}
        caption={t('cases.title')}
        cards
        rowKey={(c) => c.id}
        columns={[
          {
            header: t('cases.code'),
            rowHeader: true,
            cell: (c) => (
              <Link to={`/cases/${c.id}`} className="mono">
                {c.code}
              </Link>
            ),
          },
          { header: t('common.issueArea'), cell: (c) => e('IssueArea', c.issueArea) },
          { header: t('cases.victim'), cell: (c) => `${e('AgeGroup', c.victimAgeGroup)}, ${e('Sex', c.victimSex)}` },
          { header: t('cases.reportedOn'), cell: (c) => i18n.date(c.reportedOn) },
          { header: t('cases.intakeAgency'), cell: (c) => <AgencyName agency={c.intakeAgency} /> },
          { header: t('common.outcome'), cell: (c) => e('CaseOutcome', c.outcome) },
          { header: t('cases.flow'), cellClassName: 'small', cell: (c) => t('cases.flowSummary', { referrals: c.referrals.length, services: c.services.length }) },
        ]}
      />
    </>
  );
}
