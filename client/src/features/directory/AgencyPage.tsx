import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { Facts, PageHeader, Section } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { AgencyActivity } from './AgencyActivity';
import { AgencyDocument } from './operations.generated';
import { NotFoundPage } from '../../ui/refusals';
import { SuccessNotice } from '../../ui/notice';

export default function AgencyPage() {
  const { id = '' } = useParams();
  const { t, e } = useI18n();
  const location = useLocation();
  const arrived = location.state as { created?: boolean; saved?: boolean } | null;
  const [notice] = useState(arrived?.created ? t('directory.agencyCreated') : arrived?.saved ? t('directory.agencySaved') : null);
  const q = useQuery(AgencyDocument, { variables: { id } });
  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) => {
        const a = d.agency;
        if (!a)
          return <NotFoundPage back={{ to: '/agencies', label: t('nav.agencies') }}>{t('directory.agencyNotFound')}</NotFoundPage>;
        return (
          <>
            <PageHeader
              title={a.name}
              subtitle={
                a.acronym || !a.active ? (
                  <>
                    {a.acronym}{' '}
                    {!a.active && <span className="badge badge-neutral">{t('directory.inactive')}</span>}
                  </>
                ) : undefined
              }
              back={{ to: '/agencies', label: t('nav.agencies') }}
              actions={
                a.viewerCanUpdate && (
                  <Link className="btn" to={`/agencies/${a.id}/edit`}>
                    {t('directory.editAgency')}
                  </Link>
                )
              }
            />
            <SuccessNotice>{notice}</SuccessNotice>
            <Section title={t('directory.details')}>
              <Facts
                items={[
                  [t('common.sector'), e('Sector', a.sector)],
                  [t('directory.level'), e('AgencyLevel', a.level)],
                  [t('common.province'), a.province ? <Link key="p" to={`/provinces/${a.province.code}`}>{a.province.name}</Link> : t('common.national')],
                  [t('cases.regency'), a.regency?.name ?? '–'],
                  [t('common.status'), a.active ? t('directory.active') : t('directory.inactive')],
                ]}
              />
            </Section>
            <Section title={t('directory.networksOfAgency')}>
              {a.networks.length === 0 ? (
                <Empty>{t('directory.noNetworksOfAgency')}</Empty>
              ) : (
                <ul>
                  {a.networks.map((n) => (
                    <li key={n.id}>
                      <Link to={`/networks/${n.id}`}>{n.name}</Link> <span className="muted small">· {n.province?.name ?? t('common.national')}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <AgencyActivity agencyId={a.id} />
          </>
        );
      }}
    </QueryView>
  );
}
