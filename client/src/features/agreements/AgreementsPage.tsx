import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import { useViewer } from '../../session/session';
import { useListPage } from '../../ui/list-page';
import type { AgreementStatus, IssueArea } from '../../gql/schema-types';
import { ExportMenu } from '../../common/ExportMenu';
import { PageHeader } from '../../ui/page';
import { PagedTable } from '../../ui/data-table';
import { EnumBadge } from '../../ui/badges';
import { FilterSelect, ListFilters } from '../../common/ListFilters';
import { useAgencyOptions, useProvinceOptions } from '../../common/pickers';
import { AgreementsDocument, type CommitmentProgressFragment } from './operations.generated';
import { commitmentProgress } from './commitment-progress';

const PAGE = 25;

export default function AgreementsPage() {
  const i18n = useI18n();
  const { t, e } = i18n;
  const { permissions } = useViewer();
  const { filters: f, change, clear, bind, pager } = useListPage(['province', 'status', 'issue', 'agency', 'expiring'] as const);
  const provinces = useProvinceOptions();
  const agencies = useAgencyOptions(f.province || permissions.managedProvince);
  const expiring = f.expiring && /^\d+$/.test(f.expiring) ? Number(f.expiring) : null;
  const filter = {
    provinceCode: f.province || null,
    status: (f.status || null) as AgreementStatus | null,
    issueArea: (f.issue || null) as IssueArea | null,
    agencyId: f.agency || null,
    expiringWithinDays: expiring,
  };
  const q = useQuery(AgreementsDocument, { variables: { filter, first: PAGE, after: pager.after } });

  return (
    <>
      <PageHeader
        title={t('agreements.title')}
        subtitle={t('agreements.subtitle')}
        actions={
          <>
            <ExportMenu dataset="agreements" filter={filter} />
            {permissions.canCreateAgreement && (
              <Link className="btn btn-primary" to={`/agreements/new${f.province ? `?province=${f.province}` : ''}`}>
                {t('agreements.create')}
              </Link>
            )}
          </>
        }
      />
      <ListFilters onClear={clear}>
        {permissions.readScope !== 'PROVINCE' && (
          <FilterSelect label={t('common.province')} {...bind('province', { agency: '' })} options={provinces.options} />
        )}
        <FilterSelect label={t('common.status')} {...bind('status')} options={enumOptions('AgreementStatus', e)} />
        <FilterSelect label={t('common.issueArea')} {...bind('issue')} options={enumOptions('IssueArea', e)} />
        <FilterSelect label={t('common.agency')} {...bind('agency')} options={agencies.options} />
        <label className="filter">
          {t('agreements.expiringWithin')}
          <input type="number" min={1} max={3650} inputMode="numeric" value={f.expiring} onChange={(ev) => change({ expiring: ev.target.value })} />
        </label>
      </ListFilters>
      <PagedTable
        query={q}
        connection={(d) => d.agreements}
        pager={pager}
        pageSize={PAGE}
        empty={t('agreements.empty')}
        caption={t('agreements.title')}
        cards
        rowKey={(a) => a.id}
        columns={[
          {
            header: t('agreements.agreement'),
            rowHeader: true,
            cell: (a) => (
              <>
                <Link to={`/agreements/${a.id}`}>{a.title}</Link>
                <div className="muted small">
                  {e('AgreementKind', a.kind)}
                  {a.reference ? ` · ${a.reference}` : ''}
                </div>
              </>
            ),
          },
          { header: t('common.status'), cell: (a) => <EnumBadge name="AgreementStatus" value={a.status} /> },
          { header: t('common.province'), cell: (a) => a.province?.name ?? t('common.national') },
          { header: t('agreements.parties'), cell: (a) => a.parties.map((p) => p.acronym ?? p.name).join(', ') },
          { header: t('agreements.signedOn'), cell: (a) => i18n.date(a.signedOn) },
          { header: t('agreements.expiresOn'), cell: (a) => i18n.date(a.expiresOn) },
          { header: t('agreements.commitments'), cell: (a) => <CommitmentsSummary agreement={a} /> },
        ]}
      />
    </>
  );
}

/** Fulfilled of all commitments, and how many are late. */
function CommitmentsSummary({ agreement }: { agreement: CommitmentProgressFragment }) {
  const { t } = useI18n();
  const { done, late, total } = commitmentProgress(agreement);
  return (
    <>
      {t('agreements.commitmentsSummary', { done, total })}
      {late > 0 && <div className="text-bad small">{t('agreements.commitmentsLate', { n: late })}</div>}
    </>
  );
}
