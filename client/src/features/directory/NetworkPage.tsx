import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { agencyLabel } from '../../ui/badges';
import { Facts, PageHeader, Section } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { NetworkDocument } from './operations.generated';
import { NetworkMemberForm } from './NetworkMemberForm';
import type { AgencyHit } from './AgencyPicker';
import { DataTable } from '../../ui/data-table';
import { NotFoundPage } from '../../ui/refusals';
import { SuccessNotice, useArrivalNotice } from '../../ui/notice';

const ROLE_ORDER = { LEAD: 0, MEMBER: 1, OBSERVER: 2 } as const;

export default function NetworkPage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, e } = i18n;
  const q = useQuery(NetworkDocument, { variables: { id } });
  /** The open member form: a new member (true) or the role of one agency. */
  const [editing, setEditing] = useState<true | AgencyHit | null>(null);
  const [notice, setNotice] = useArrivalNotice('created', t('directory.networkCreated'));
  const addButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Closing the member form puts the focus back on "Add member".
  useEffect(() => {
    if (wasEditing.current && !editing) addButton.current?.focus();
    wasEditing.current = !!editing;
  }, [editing]);

  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) => {
        const n = d.network;
        if (!n)
          return <NotFoundPage back={{ to: '/networks', label: t('nav.networks') }}>{t('directory.networkNotFound')}</NotFoundPage>;
        const members = [...n.members].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.agency.name.localeCompare(b.agency.name));
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
            <SuccessNotice>{notice}</SuccessNotice>
            <Section title={t('directory.details')}>
              <Facts
                items={[
                  [t('common.province'), n.province ? <Link key="p" to={`/provinces/${n.province.code}`}>{n.province.name}</Link> : t('common.national')],
                  [t('common.issueAreas'), n.issueAreas.map((x) => e('IssueArea', x)).join(', ') || '–'],
                ]}
              />
              {n.description && <p className="prewrap">{n.description}</p>}
            </Section>
            <Section
              title={t('directory.members', { n: members.length })}
              id="network-members"
              actions={
                n.viewerCanUpdate &&
                !editing && (
                  <button
                    type="button"
                    ref={addButton}
                    className="btn btn-primary"
                    onClick={() => {
                      setNotice(null);
                      setEditing(true);
                    }}
                  >
                    {t('directory.addMember')}
                  </button>
                )
              }
            >
              {editing && (
                <NetworkMemberForm
                  key={editing === true ? 'new' : editing.id}
                  network={n}
                  initialAgency={editing === true ? undefined : editing}
                  onCancel={() => setEditing(null)}
                  onDone={(message) => {
                    setEditing(null);
                    setNotice(message);
                  }}
                />
              )}
              {members.length === 0 ? (
                <Empty>{t('directory.noMembers')}</Empty>
              ) : (
                <DataTable
                  caption={t('directory.members', { n: members.length })}
                  rows={members}
                  rowKey={(m) => m.agency.id}
                  columns={[
                    { header: t('common.agency'), rowHeader: true, cell: (m) => <Link to={`/agencies/${m.agency.id}`}>{m.agency.name}</Link> },
                    { header: t('common.sector'), cell: (m) => e('Sector', m.agency.sector) },
                    { header: t('directory.location'), cell: (m) => m.agency.province?.name ?? t('common.national') },
                    { header: t('directory.membershipRole'), cell: (m) => e('MembershipRole', m.role) },
                    { header: t('directory.joinedOn'), cell: (m) => i18n.date(m.joinedOn) },
                    n.viewerCanUpdate && {
                      header: t('common.actions'),
                      hideHeader: true,
                      cell: (m) => (
                        <button
                          type="button"
                          className="btn btn-small nowrap"
                          disabled={!!editing}
                          onClick={() => {
                            setNotice(null);
                            setEditing(m.agency);
                          }}
                        >
                          {t('directory.changeRole')}
                          <span className="visually-hidden">: {agencyLabel(m.agency)}</span>
                        </button>
                      ),
                    },
                  ]}
                />
              )}
            </Section>
          </>
        );
      }}
    </QueryView>
  );
}
