import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { Facts, PageHeader, Section } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { NetworkDocument } from './operations.generated';

export default function NetworkPage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, e } = i18n;
  const q = useQuery(NetworkDocument, { variables: { id } });
  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) => {
        const n = d.network;
        if (!n)
          return (
            <>
              <PageHeader title={t('error.notFound')} back={{ to: '/networks', label: t('nav.networks') }} />
              <Empty>{t('directory.networkNotFound')}</Empty>
            </>
          );
        const members = [...n.members].sort((a, b) => (a.role === b.role ? a.agency.name.localeCompare(b.agency.name) : a.role === 'LEAD' ? -1 : b.role === 'LEAD' ? 1 : a.role.localeCompare(b.role)));
        return (
          <>
            <PageHeader
              title={n.name}
              back={{ to: '/networks', label: t('nav.networks') }}
              actions={
                <Link className="btn" to={`/meetings?network=${n.id}${n.province ? `&province=${n.province.code}` : ''}`}>
                  {t('directory.networkMeetings')}
                </Link>
              }
            />
            <Section title={t('directory.details')}>
              <Facts
                items={[
                  [t('common.province'), n.province ? <Link key="p" to={`/provinces/${n.province.code}`}>{n.province.name}</Link> : t('common.national')],
                  [t('common.issueAreas'), n.issueAreas.map((x) => e('IssueArea', x)).join(', ') || '–'],
                ]}
              />
              {n.description && <p className="prewrap">{n.description}</p>}
            </Section>
            <Section title={t('directory.members', { n: members.length })}>
              {members.length === 0 ? (
                <Empty>{t('directory.noMembers')}</Empty>
              ) : (
                <div className="table-wrap">
                  <table className="data-table">
                    <caption className="visually-hidden">{t('directory.members', { n: members.length })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('common.agency')}</th>
                        <th scope="col">{t('common.sector')}</th>
                        <th scope="col">{t('directory.membershipRole')}</th>
                        <th scope="col">{t('directory.joinedOn')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {members.map((m) => (
                        <tr key={m.agency.id}>
                          <th scope="row">
                            <Link to={`/agencies/${m.agency.id}`}>{m.agency.name}</Link>
                          </th>
                          <td>{e('Sector', m.agency.sector)}</td>
                          <td>{e('MembershipRole', m.role)}</td>
                          <td>{i18n.date(m.joinedOn)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </Section>
          </>
        );
      }}
    </QueryView>
  );
}
