import { useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumValues } from '../../i18n/enums';
import { useSearchState } from '../../lib/search-state';
import type { AgencyLevel, Sector } from '../../gql/schema-types';
import { ExportMenu } from '../../common/ExportMenu';
import { PageHeader } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { Pager, useCursorPager } from '../../ui/pager';
import { FilterSelect, ListFilters } from '../../common/ListFilters';
import { useProvinceOptions } from '../../common/pickers';
import { AgenciesDocument } from './operations.generated';
import { TableWrap } from '../../ui/table-wrap';

const PAGE = 50;

/** The directory of member agencies, readable by everyone signed in. */
export default function AgenciesPage() {
  const { t, e } = useI18n();
  const { permissions } = useViewer();
  const [f, setF] = useSearchState(['province', 'sector', 'level', 'q', 'inactive'] as const);
  const [search, setSearch] = useState(f.q);
  const pager = useCursorPager();
  const provinces = useProvinceOptions();
  const filter = {
    provinceCode: f.province || null,
    sector: (f.sector || null) as Sector | null,
    level: (f.level || null) as AgencyLevel | null,
    search: f.q || null,
    active: f.inactive === '1' ? null : true,
  };
  const q = useQuery(AgenciesDocument, {
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
        title={t('directory.agencies')}
        subtitle={t('directory.agenciesSubtitle')}
        actions={
          <>
            <ExportMenu dataset="agencies" filter={filter} />
            {permissions.canCreateAgency && (
              <Link className="btn btn-primary" to="/agencies/new">
                {t('directory.addAgency')}
              </Link>
            )}
          </>
        }
      />
      <ListFilters onClear={() => (setSearch(''), change({ province: '', sector: '', level: '', q: '', inactive: '' }))}>
        <FilterSelect label={t('common.province')} value={f.province} onChange={(v) => change({ province: v })} options={provinces.options} allLabel={t('filters.all')} />
        <FilterSelect label={t('common.sector')} value={f.sector} onChange={(v) => change({ sector: v })} options={enumValues('Sector').map((s) => ({ value: s, label: e('Sector', s) }))} allLabel={t('filters.all')} />
        <FilterSelect label={t('directory.level')} value={f.level} onChange={(v) => change({ level: v })} options={enumValues('AgencyLevel').map((s) => ({ value: s, label: e('AgencyLevel', s) }))} allLabel={t('filters.all')} />
        <form
          className="filter-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            change({ q: search.trim() });
          }}
        >
          <label className="filter">
            {t('directory.search')}
            <input type="search" value={search} onChange={(ev) => setSearch(ev.target.value)} />
          </label>
          <button type="submit" className="btn btn-small">
            {t('filters.apply')}
          </button>
        </form>
        <label className="checkbox filter-check">
          <input type="checkbox" checked={f.inactive === '1'} onChange={(ev) => change({ inactive: ev.target.checked ? '1' : '' })} />
          <span>{t('directory.includeInactive')}</span>
        </label>
      </ListFilters>
      <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
        {(d) =>
          d.agencies.nodes.length === 0 ? (
            <Empty>{t('directory.noAgencies')}</Empty>
          ) : (
            <>
              <TableWrap>
                <table className="data-table">
                  <caption className="visually-hidden">{t('directory.agencies')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('common.agency')}</th>
                      <th scope="col">{t('common.sector')}</th>
                      <th scope="col">{t('directory.level')}</th>
                      <th scope="col">{t('directory.location')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.agencies.nodes.map((a) => (
                      <tr key={a.id} className={a.active ? undefined : 'row-inactive'}>
                        <th scope="row">
                          <Link to={`/agencies/${a.id}`}>{a.name}</Link>
                          {a.acronym && <span className="muted small"> ({a.acronym})</span>}
                          {!a.active && <span className="badge badge-neutral">{t('directory.inactive')}</span>}
                        </th>
                        <td>{e('Sector', a.sector)}</td>
                        <td>{e('AgencyLevel', a.level)}</td>
                        <td>{[a.regency?.name, a.province?.name].filter(Boolean).join(', ') || t('common.national')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
              <Pager pager={pager} pageSize={PAGE} connection={d.agencies} />
            </>
          )
        }
      </QueryView>
    </>
  );
}
