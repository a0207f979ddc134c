import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumValues } from '../../i18n/enums';
import { enumOptions } from '../../ui/enum-options';
import { useViewer } from '../../session/session';
import { homeProvince } from '../../app/home';
import { useListPage } from '../../ui/list-page';
import { useCollect } from '../../lib/collect';
import type { IssueArea, RecommendationFilter, RecommendationStatus } from '../../gql/schema-types';
import { PageHeader } from '../../ui/page';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import type { CursorPager } from '../../ui/pager';
import { DataTable, PagedTable, type Column } from '../../ui/data-table';
import { AgencyName, EnumBadge } from '../../ui/badges';
import { ExportMenu } from '../../common/ExportMenu';
import { FilterSelect, ListFilters } from '../../common/ListFilters';
import { useProvinceOptions } from '../../common/pickers';
import { OversightBodiesDocument, RecommendationMatrixDocument, RecommendationsDocument } from './operations.generated';

const PAGE = 25;
const STATUSES = enumValues('RecommendationStatus') as RecommendationStatus[];

/**
 * Recommendations of oversight bodies, as a list (filters by province, issuer, status and
 * issue area, kept in the address) or as a matrix of provinces × status whose counts open the
 * filtered list.
 */
export default function RecommendationsPage() {
  const { t, e } = useI18n();
  const { permissions } = useViewer();
  // Viewers without a province of their own (oversight bodies above all) compare provinces first.
  const { filters: f, change, clear, bind, pager } = useListPage(['view', 'province', 'issuer', 'status', 'area'] as const, {
    view: homeProvince(permissions) === null ? 'matrix' : 'list',
  });
  const provinces = useProvinceOptions();
  const bodies = useQuery(OversightBodiesDocument, { fetchPolicy: 'cache-first' });
  const matrix = f.view === 'matrix';
  const filter: RecommendationFilter = {
    provinceCode: f.province || null,
    issuerId: f.issuer || null,
    status: f.status ? [f.status as RecommendationStatus] : null,
    issueArea: (f.area || null) as IssueArea | null,
  };

  return (
    <>
      <PageHeader
        title={t('recommendations.title')}
        subtitle={t('recommendations.subtitle')}
        actions={
          <>
            {!matrix && <ExportMenu dataset="recommendations" filter={filter} />}
            {permissions.canIssueRecommendation && (
              <Link className="btn btn-primary" to="/recommendations/new">
                {t('recommendations.new')}
              </Link>
            )}
          </>
        }
      />
      <div className="view-toggle" role="group" aria-label={t('recommendations.viewLabel')}>
        <button type="button" className={`btn btn-small${!matrix ? ' btn-selected' : ''}`} aria-pressed={!matrix} onClick={() => change({ view: 'list' })}>
          {t('recommendations.viewList')}
        </button>
        <button type="button" className={`btn btn-small${matrix ? ' btn-selected' : ''}`} aria-pressed={matrix} onClick={() => change({ view: 'matrix' })}>
          {t('recommendations.viewMatrix')}
        </button>
      </div>
      {matrix ? (
        <Matrix />
      ) : (
        <>
          <ListFilters onClear={clear}>
            <FilterSelect label={t('common.province')} {...bind('province')} options={provinces.options} />
            <FilterSelect label={t('recommendations.issuer')} {...bind('issuer')} options={(bodies.data?.agencies.nodes ?? []).map((b) => ({ value: b.id, label: b.acronym ?? b.name }))} />
            <FilterSelect label={t('common.status')} {...bind('status')} options={enumOptions('RecommendationStatus', e)} />
            <FilterSelect label={t('common.issueArea')} {...bind('area')} options={enumOptions('IssueArea', e)} />
          </ListFilters>
          <RecommendationList filter={filter} pager={pager} />
        </>
      )}
    </>
  );
}

function RecommendationList({ filter, pager }: { filter: RecommendationFilter; pager: CursorPager }) {
  const i18n = useI18n();
  const { t } = i18n;
  const q = useQuery(RecommendationsDocument, { variables: { filter, first: PAGE, after: pager.after } });
  return (
    <PagedTable
      query={q}
      connection={(d) => d.recommendations}
      pager={pager}
      pageSize={PAGE}
      empty={t('recommendations.empty')}
      caption={t('recommendations.title')}
      cards
      rowKey={(r) => r.id}
      columns={[
        { header: t('recommendations.fieldTitle'), rowHeader: true, cell: (r) => <Link to={`/recommendations/${r.id}`}>{r.title}</Link> },
        { header: t('recommendations.issuer'), cell: (r) => <AgencyName agency={r.issuer} /> },
        { header: t('common.province'), cell: (r) => r.province?.name ?? t('recommendations.national') },
        { header: t('common.status'), cell: (r) => <EnumBadge name="RecommendationStatus" value={r.status} /> },
        { header: t('recommendations.issuedOn'), cell: (r) => i18n.date(r.issuedOn) },
        { header: t('recommendations.responseDueOn'), cell: (r) => (r.responseDueOn ? i18n.date(r.responseDueOn) : '–') },
      ]}
    />
  );
}

const CAP = 2000;

/** Provinces × status: how many recommendations the viewer reads in each cell. */
function Matrix() {
  const i18n = useI18n();
  const { t, e } = i18n;
  const all = useCollect(RecommendationMatrixDocument, { first: 100 }, (d) => d.recommendations, { cap: CAP });
  if (all.error) return <ErrorNotice error={all.error} />;
  if (all.loading) return <Loading />;
  const rows = new Map<string, { name: string; counts: Record<string, number>; total: number }>();
  for (const r of all.nodes) {
    if (!r.province) continue;
    const row = rows.get(r.province.code) ?? { name: r.province.name, counts: {}, total: 0 };
    row.counts[r.status] = (row.counts[r.status] ?? 0) + 1;
    row.total += 1;
    rows.set(r.province.code, row);
  }
  if (rows.size === 0) return <Empty>{t('recommendations.empty')}</Empty>;
  type Row = { code: string; name: string; counts: Record<string, number>; total: number };
  const table: Row[] = [...rows.keys()].sort().map((code) => ({ code, ...rows.get(code)! }));
  return (
    <>
      {all.truncated && <p className="muted small">{t('recommendations.truncated', { n: CAP })}</p>}
      <DataTable
        caption={t('recommendations.matrixCaption')}
        showCaption
        rows={table}
        rowKey={(row) => row.code}
        columns={[
          { header: t('common.province'), rowHeader: true, cell: (row) => row.name },
          ...STATUSES.map(
            (s): Column<Row> => ({
              header: e('RecommendationStatus', s),
              className: 'num',
              cell: (row) => {
                const n = row.counts[s] ?? 0;
                return n === 0 ? (
                  <span className="muted">0</span>
                ) : (
                  <Link
                    to={`/recommendations?view=list&province=${row.code}&status=${s}`}
                    aria-label={t('recommendations.matrixCount', { n, status: e('RecommendationStatus', s), province: row.name })}
                  >
                    {i18n.number(n, 0)}
                  </Link>
                );
              },
            }),
          ),
          {
            header: t('recommendations.matrixTotal'),
            className: 'num',
            cell: (row) => <Link to={`/recommendations?view=list&province=${row.code}`}>{i18n.number(row.total, 0)}</Link>,
          },
        ]}
      />
    </>
  );
}
