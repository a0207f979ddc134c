import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumValues } from '../../i18n/enums';
import { useViewer } from '../../app/session';
import { homeProvince } from '../../app/home';
import { useSearchState } from '../../lib/search-state';
import { useCollect } from '../../lib/collect';
import type { IssueArea, RecommendationFilter, RecommendationStatus } from '../../gql/schema-types';
import { PageHeader } from '../../ui/page';
import { Empty, ErrorNotice, Loading, QueryView } from '../../ui/states';
import { Pager, useCursorPager } from '../../ui/pager';
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
  const [f, setF] = useSearchState(['view', 'province', 'issuer', 'status', 'area'] as const, {
    view: homeProvince(permissions) === null ? 'matrix' : 'list',
  });
  const pager = useCursorPager();
  const provinces = useProvinceOptions();
  const bodies = useQuery(OversightBodiesDocument, { fetchPolicy: 'cache-first' });
  const change = (patch: Partial<typeof f>) => {
    pager.reset();
    setF(patch);
  };
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
          <ListFilters onClear={() => change({ province: '', issuer: '', status: '', area: '' })}>
            <FilterSelect label={t('common.province')} value={f.province} onChange={(v) => change({ province: v })} options={provinces.options} allLabel={t('filters.all')} />
            <FilterSelect
              label={t('recommendations.issuer')}
              value={f.issuer}
              onChange={(v) => change({ issuer: v })}
              options={(bodies.data?.agencies.nodes ?? []).map((b) => ({ value: b.id, label: b.acronym ?? b.name }))}
              allLabel={t('filters.all')}
            />
            <FilterSelect
              label={t('common.status')}
              value={f.status}
              onChange={(v) => change({ status: v })}
              options={STATUSES.map((s) => ({ value: s, label: e('RecommendationStatus', s) }))}
              allLabel={t('filters.all')}
            />
            <FilterSelect
              label={t('common.issueArea')}
              value={f.area}
              onChange={(v) => change({ area: v })}
              options={enumValues('IssueArea').map((a) => ({ value: a, label: e('IssueArea', a) }))}
              allLabel={t('filters.all')}
            />
          </ListFilters>
          <RecommendationList filter={filter} pager={pager} />
        </>
      )}
    </>
  );
}

function RecommendationList({ filter, pager }: { filter: RecommendationFilter; pager: ReturnType<typeof useCursorPager> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const q = useQuery(RecommendationsDocument, { variables: { filter, first: PAGE, after: pager.after } });
  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) =>
        d.recommendations.nodes.length === 0 ? (
          <Empty>{t('recommendations.empty')}</Empty>
        ) : (
          <>
            <div className="table-wrap">
              <table className="data-table stack-on-phone">
                <caption className="visually-hidden">{t('recommendations.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('recommendations.fieldTitle')}</th>
                    <th scope="col">{t('recommendations.issuer')}</th>
                    <th scope="col">{t('common.province')}</th>
                    <th scope="col">{t('common.status')}</th>
                    <th scope="col">{t('recommendations.issuedOn')}</th>
                    <th scope="col">{t('recommendations.responseDueOn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.recommendations.nodes.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        <Link to={`/recommendations/${r.id}`}>{r.title}</Link>
                      </th>
                      <td data-label={t('recommendations.issuer')}>
                        <AgencyName agency={r.issuer} />
                      </td>
                      <td data-label={t('common.province')}>{r.province?.name ?? t('recommendations.national')}</td>
                      <td data-label={t('common.status')}>
                        <EnumBadge name="RecommendationStatus" value={r.status} />
                      </td>
                      <td data-label={t('recommendations.issuedOn')}>{i18n.date(r.issuedOn)}</td>
                      <td data-label={t('recommendations.responseDueOn')}>{r.responseDueOn ? i18n.date(r.responseDueOn) : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager pager={pager} pageSize={PAGE} connection={d.recommendations} />
          </>
        )
      }
    </QueryView>
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
  const codes = [...rows.keys()].sort();
  return (
    <>
      {all.truncated && <p className="muted small">{t('recommendations.truncated', { n: CAP })}</p>}
      <div className="table-wrap">
        <table className="data-table">
          <caption>{t('recommendations.matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.province')}</th>
              {STATUSES.map((s) => (
                <th key={s} scope="col" className="num">
                  {e('RecommendationStatus', s)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('recommendations.matrixTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => {
              const row = rows.get(code)!;
              return (
                <tr key={code}>
                  <th scope="row">{row.name}</th>
                  {STATUSES.map((s) => {
                    const n = row.counts[s] ?? 0;
                    return (
                      <td key={s} className="num">
                        {n === 0 ? (
                          <span className="muted">0</span>
                        ) : (
                          <Link
                            to={`/recommendations?view=list&province=${code}&status=${s}`}
                            aria-label={t('recommendations.matrixCount', { n, status: e('RecommendationStatus', s), province: row.name })}
                          >
                            {i18n.number(n, 0)}
                          </Link>
                        )}
                      </td>
                    );
                  })}
                  <td className="num">
                    <Link to={`/recommendations?view=list&province=${code}`}>{i18n.number(row.total, 0)}</Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
