import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { Empty } from '../../ui/states';
import { METRICS, type MetricKey, type ProvinceRow } from './metrics';
import { DataTable, type Column } from '../../ui/data-table';

type SortKey = 'name' | MetricKey;

/** All provinces with their key figures; sortable by any column, filterable by name and by problems. */
export function ProvinceTable({ rows, linkSearch }: { rows: ProvinceRow[]; linkSearch: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'name', dir: 'asc' });
  const [query, setQuery] = useState('');
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const [onlyExpiring, setOnlyExpiring] = useState(false);
  const columns = METRICS.filter((m) => m.key !== 'fulfilmentRate' && m.key !== 'sectorCoverage');

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const filtered = rows.filter(
      (r) =>
        (!q || r.province.name.toLowerCase().includes(q) || r.province.isoCode.toLowerCase() === q) &&
        (!onlyOverdue || r.actionsOverdue > 0 || r.commitmentsOverdue > 0) &&
        (!onlyExpiring || r.expiringAgreements > 0),
    );
    const dir = sort.dir === 'asc' ? 1 : -1;
    const metric = METRICS.find((m) => m.key === sort.key);
    return [...filtered].sort((a, b) => {
      if (!metric) return dir * a.province.name.localeCompare(b.province.name, i18n.locale);
      const va = metric.value(a);
      const vb = metric.value(b);
      if (va === null && vb === null) return a.province.name.localeCompare(b.province.name, i18n.locale);
      if (va === null) return 1; // no figure: always last
      if (vb === null) return -1;
      return dir * (va - vb) || a.province.name.localeCompare(b.province.name, i18n.locale);
    });
  }, [rows, query, onlyOverdue, onlyExpiring, sort, i18n.locale]);

  const sortBy = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'name' ? 'asc' : 'desc' }));

  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none');
  const sortButton = (key: SortKey, label: string) => (
    <button type="button" className="sort-button" onClick={() => sortBy(key)}>
      {label}
      <span aria-hidden="true" className="sort-indicator">
        {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
      </span>
    </button>
  );

  return (
    <div>
      <div className="filters" role="search" aria-label={t('national.filterLabel')}>
        <label className="filter">
          {t('national.searchProvince')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={onlyOverdue} onChange={(e) => setOnlyOverdue(e.target.checked)} />
          <span>{t('national.onlyOverdue')}</span>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={onlyExpiring} onChange={(e) => setOnlyExpiring(e.target.checked)} />
          <span>{t('national.onlyExpiring')}</span>
        </label>
        <span className="muted small" aria-live="polite">
          {t('national.shownCount', { n: shown.length, total: rows.length })}
        </span>
      </div>
      {shown.length === 0 ? (
        <Empty>{t('national.noMatch')}</Empty>
      ) : (
        <DataTable
          caption={t('national.tableCaption')}
          className="data-table sticky-first"
          rows={shown}
          rowKey={(r) => r.province.code}
          columns={[
            {
              header: sortButton('name', t('common.province')),
              sort: ariaSort('name'),
              rowHeader: true,
              cell: (r) => <Link to={`/provinces/${r.province.code}${linkSearch}`}>{r.province.name}</Link>,
            },
            ...columns.map(
              (m): Column<ProvinceRow> => ({ header: sortButton(m.key, t(m.label)), sort: ariaSort(m.key), className: 'num', cell: (r) => m.render(r, i18n) }),
            ),
          ]}
        />
      )}
    </div>
  );
}
