import { Link } from 'react-router';
import { useViewer } from '../../session/session';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import { useListPage } from '../../ui/list-page';
import type { AgencyLevel, Sector } from '../../gql/schema-types';
import { ExportMenu } from '../../common/ExportMenu';
import { PageHeader } from '../../ui/page';
import { PagedTable } from '../../ui/data-table';
import { FilterSelect, ListFilters, SearchFilter } from '../../common/ListFilters';
import { useProvinceOptions } from '../../common/pickers';
import { AgenciesDocument } from './operations.generated';

const PAGE = 50;

/** The directory of member agencies, readable by everyone signed in. */
export default function AgenciesPage() {
  const { t, e } = useI18n();
  const { permissions } = useViewer();
  const { filters: f, change, clear, bind, pager } = useListPage(['province', 'sector', 'level', 'q', 'inactive'] as const);
  const provinces = useProvinceOptions();
  const filter = {
    provinceCode: f.province || null,
    sector: (f.sector || null) as Sector | null,
    level: (f.level || null) as AgencyLevel | null,
    search: f.q || null,
    active: f.inactive === '1' ? null : true,
  };
  const q = useQuery(AgenciesDocument, { variables: { filter, first: PAGE, after: pager.after } });
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
      <ListFilters onClear={clear}>
        <FilterSelect label={t('common.province')} {...bind('province')} options={provinces.options} />
        <FilterSelect label={t('common.sector')} {...bind('sector')} options={enumOptions('Sector', e)} />
        <FilterSelect label={t('directory.level')} {...bind('level')} options={enumOptions('AgencyLevel', e)} />
        <SearchFilter label={t('directory.search')} {...bind('q')} />
        <label className="checkbox filter-check">
          <input type="checkbox" checked={f.inactive === '1'} onChange={(ev) => change({ inactive: ev.target.checked ? '1' : '' })} />
          <span>{t('directory.includeInactive')}</span>
        </label>
      </ListFilters>
      <PagedTable
        query={q}
        connection={(d) => d.agencies}
        pager={pager}
        pageSize={PAGE}
        empty={t('directory.noAgencies')}
        caption={t('directory.agencies')}
        rowKey={(a) => a.id}
        rowClassName={(a) => (a.active ? undefined : 'row-inactive')}
        columns={[
          {
            header: t('common.agency'),
            rowHeader: true,
            cell: (a) => (
              <>
                <Link to={`/agencies/${a.id}`}>{a.name}</Link>
                {a.acronym && <span className="muted small"> ({a.acronym})</span>}
                {!a.active && <span className="badge badge-neutral">{t('directory.inactive')}</span>}
              </>
            ),
          },
          { header: t('common.sector'), cell: (a) => e('Sector', a.sector) },
          { header: t('directory.level'), cell: (a) => e('AgencyLevel', a.level) },
          { header: t('directory.location'), cell: (a) => [a.regency?.name, a.province?.name].filter(Boolean).join(', ') || t('common.national') },
        ]}
      />
    </>
  );
}
