import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumValues } from '../../i18n/enums';
import { useViewer } from '../../app/session';
import { useSearchState } from '../../lib/search-state';
import type { AgreementStatus, IssueArea } from '../../gql/schema-types';
import { ExportMenu } from '../../common/ExportMenu';
import { PageHeader } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { Pager, useCursorPager } from '../../ui/pager';
import { EnumBadge } from '../../ui/badges';
import { FilterSelect, ListFilters } from '../../common/ListFilters';
import { useAgencyOptions, useProvinceOptions } from '../../common/pickers';
import { AgreementsDocument } from './operations.generated';
import { TableWrap } from '../../ui/table-wrap';

const PAGE = 25;

export default function AgreementsPage() {
  const i18n = useI18n();
  const { t, e } = i18n;
  const { permissions } = useViewer();
  const [f, setF] = useSearchState(['province', 'status', 'issue', 'agency', 'expiring'] as const);
  const pager = useCursorPager();
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
  const change = (patch: Partial<typeof f>) => {
    pager.reset();
    setF(patch);
  };

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
      <ListFilters onClear={() => change({ province: '', status: '', issue: '', agency: '', expiring: '' })}>
        {permissions.readScope !== 'PROVINCE' && (
          <FilterSelect label={t('common.province')} value={f.province} onChange={(v) => change({ province: v, agency: '' })} options={provinces.options} allLabel={t('filters.all')} />
        )}
        <FilterSelect
          label={t('common.status')}
          value={f.status}
          onChange={(v) => change({ status: v })}
          options={enumValues('AgreementStatus').map((s) => ({ value: s, label: e('AgreementStatus', s) }))}
          allLabel={t('filters.all')}
        />
        <FilterSelect
          label={t('common.issueArea')}
          value={f.issue}
          onChange={(v) => change({ issue: v })}
          options={enumValues('IssueArea').map((s) => ({ value: s, label: e('IssueArea', s) }))}
          allLabel={t('filters.all')}
        />
        <FilterSelect label={t('common.agency')} value={f.agency} onChange={(v) => change({ agency: v })} options={agencies.options} allLabel={t('filters.all')} />
        <label className="filter">
          {t('agreements.expiringWithin')}
          <input type="number" min={1} max={3650} inputMode="numeric" value={f.expiring} onChange={(ev) => change({ expiring: ev.target.value })} />
        </label>
      </ListFilters>
      <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
        {(d) =>
          d.agreements.nodes.length === 0 ? (
            <Empty>{t('agreements.empty')}</Empty>
          ) : (
            <>
              <TableWrap>
                <table className="data-table stack-on-phone">
                  <caption className="visually-hidden">{t('agreements.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('agreements.agreement')}</th>
                      <th scope="col">{t('common.status')}</th>
                      <th scope="col">{t('common.province')}</th>
                      <th scope="col">{t('agreements.parties')}</th>
                      <th scope="col">{t('agreements.signedOn')}</th>
                      <th scope="col">{t('agreements.expiresOn')}</th>
                      <th scope="col">{t('agreements.commitments')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.agreements.nodes.map((a) => {
                      const done = a.commitments.filter((c) => c.status === 'FULFILLED').length;
                      const late = a.commitments.filter((c) => c.isOverdue).length;
                      return (
                        <tr key={a.id}>
                          <th scope="row">
                            <Link to={`/agreements/${a.id}`}>{a.title}</Link>
                            <div className="muted small">
                              {e('AgreementKind', a.kind)}
                              {a.reference ? ` · ${a.reference}` : ''}
                            </div>
                          </th>
                          <td data-label={t('common.status')}>
                            <EnumBadge name="AgreementStatus" value={a.status} />
                          </td>
                          <td data-label={t('common.province')}>{a.province?.name ?? t('common.national')}</td>
                          <td data-label={t('agreements.parties')}>{a.parties.map((p) => p.acronym ?? p.name).join(', ')}</td>
                          <td data-label={t('agreements.signedOn')}>{i18n.date(a.signedOn)}</td>
                          <td data-label={t('agreements.expiresOn')}>{i18n.date(a.expiresOn)}</td>
                          <td data-label={t('agreements.commitments')}>
                            {t('agreements.commitmentsSummary', { done, total: a.commitments.length })}
                            {late > 0 && <div className="text-bad small">{t('agreements.commitmentsLate', { n: late })}</div>}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableWrap>
              <Pager pager={pager} pageSize={PAGE} connection={d.agreements} />
            </>
          )
        }
      </QueryView>
    </>
  );
}
