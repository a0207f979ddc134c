import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../session/session';
import { useSearchState } from '../../lib/search-state';
import { PageHeader } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { FilterSelect, ListFilters } from '../../common/ListFilters';
import { useProvinceOptions } from '../../common/pickers';
import { NetworksDocument } from './operations.generated';

export default function NetworksPage() {
  const i18n = useI18n();
  const { t, e } = i18n;
  const { permissions } = useViewer();
  const [f, setF] = useSearchState(['province'] as const);
  const provinces = useProvinceOptions();
  const q = useQuery(NetworksDocument, { variables: { provinceCode: f.province || null } });
  return (
    <>
      <PageHeader
        title={t('directory.networks')}
        subtitle={t('directory.networksSubtitle')}
        actions={
          permissions.canCreateNetwork && (
            <Link className="btn btn-primary" to="/networks/new">
              {t('directory.createNetwork')}
            </Link>
          )
        }
      />
      <ListFilters onClear={() => setF({ province: '' })}>
        <FilterSelect label={t('common.province')} value={f.province} onChange={(v) => setF({ province: v })} options={provinces.options} allLabel={t('filters.all')} />
      </ListFilters>
      <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
        {(d) =>
          d.networks.length === 0 ? (
            <Empty>{t('directory.noNetworks')}</Empty>
          ) : (
            <ul className="card-list">
              {d.networks.map((n) => (
                <li key={n.id} className="card">
                  <Link to={`/networks/${n.id}`} className="card-title">
                    {n.name}
                  </Link>
                  <div className="muted small">
                    {n.province?.name ?? t('common.national')} · {t('directory.memberCount', { n: n.members.length })}
                    {n.issueAreas.length > 0 && ` · ${n.issueAreas.map((x) => e('IssueArea', x)).join(', ')}`}
                  </div>
                  {n.description && <p className="small">{n.description}</p>}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
