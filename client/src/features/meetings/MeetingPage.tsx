import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../session/session';
import { Facts, PageHeader, Section } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { EnumBadge } from '../../ui/badges';
import { ActionItemForm, LinkedActionItems } from '../actions';
import { commitmentProgress } from '../agreements';
import { MeetingDocument } from './operations.generated';
import { followUpProgress } from './follow-up-progress';
import { NotFoundPage } from '../../ui/refusals';
import { SuccessNotice, useArrivalNotice } from '../../ui/notice';

/** A meeting, what it decided, and how its follow-ups are doing. */
export default function MeetingPage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, e } = i18n;
  const { permissions } = useViewer();
  const q = useQuery(MeetingDocument, { variables: { id } });
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useArrivalNotice('recorded', t('meetings.recorded'));

  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) => {
        const m = d.meeting;
        if (!m)
          return <NotFoundPage back={{ to: '/meetings', label: t('nav.meetings') }}>{t('meetings.notFound')}</NotFoundPage>;
        const items = m.actionItems;
        const { done, cancelled, late, open } = followUpProgress(items);
        return (
          <>
            <PageHeader
              title={m.title}
              subtitle={`${i18n.date(m.heldOn)} · ${m.province?.name ?? t('common.national')}${m.network ? ` · ${m.network.name}` : ''}`}
              back={{ to: '/meetings', label: t('nav.meetings') }}
            />
            <SuccessNotice>{notice}</SuccessNotice>
            <Section title={t('meetings.details')}>
              <Facts
                items={[
                  [t('meetings.heldOn'), i18n.date(m.heldOn)],
                  [t('common.province'), m.province?.name ?? t('common.national')],
                  [t('common.network'), m.network ? <Link to={`/networks/${m.network.id}`}>{m.network.name}</Link> : '–'],
                ]}
              />
              <h3>{t('meetings.summary')}</h3>
              {m.summary ? <p className="prewrap">{m.summary}</p> : <p className="muted">{t('meetings.noSummary')}</p>}
              <h3>{t('meetings.attendeesCount', { n: m.attendees.length })}</h3>
              {m.attendees.length === 0 ? (
                <p className="muted">{t('meetings.noAttendees')}</p>
              ) : (
                <ul className="chip-list">
                  {m.attendees.map((a) => (
                    <li key={a.id} className="chip">
                      <Link to={`/agencies/${a.id}`}>{a.name}</Link>
                      <span className="muted small"> · {e('Sector', a.sector)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>

            <Section
              title={t('meetings.followUps')}
              actions={
                m.viewerCanUpdate &&
                !adding && (
                  <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
                    {t('actions.newFollowUp')}
                  </button>
                )
              }
            >
              {items.length > 0 && (
                <div className="followup-summary" role="group" aria-label={t('meetings.followUpProgress')}>
                  <progress max={Math.max(items.length - cancelled, 1)} value={done} aria-label={t('meetings.followUpProgress')} />
                  <span>{t('meetings.followUpStats', { done, open, late, cancelled, total: items.length })}</span>
                </div>
              )}
              {adding && (
                <ActionItemForm
                  provinceCode={m.province?.code ?? null}
                  meetingId={m.id}
                  headingLevel={3}
                  onCancel={() => setAdding(false)}
                  onDone={() => {
                    setAdding(false);
                    setNotice(t('actions.created'));
                    void q.refetch();
                  }}
                />
              )}
              {items.length === 0 ? (
                <Empty>{t('meetings.noFollowUps')}</Empty>
              ) : (
                <LinkedActionItems items={items} caption={t('meetings.followUps')} />
              )}
            </Section>

            <Section
              title={t('meetings.agreements')}
              actions={
                m.viewerCanUpdate &&
                permissions.canCreateAgreement && (
                  <Link className="btn" to={`/agreements/new?meeting=${m.id}`}>
                    {t('meetings.recordAgreement')}
                  </Link>
                )
              }
            >
              {m.agreements.length === 0 ? (
                <Empty>{t('meetings.noAgreements')}</Empty>
              ) : (
                <ul className="card-list">
                  {m.agreements.map((a) => {
                    const { done: fulfilled, late: lateC, total } = commitmentProgress(a);
                    return (
                      <li key={a.id} className="card">
                        <Link to={`/agreements/${a.id}`}>{a.title}</Link> <EnumBadge name="AgreementStatus" value={a.status} />
                        <div className="muted small">
                          {e('AgreementKind', a.kind)} · {t('agreements.signedOn')}: {i18n.date(a.signedOn)} · {t('agreements.commitmentsSummary', { done: fulfilled, total })}
                          {lateC > 0 && ` · ${t('agreements.commitmentsLate', { n: lateC })}`}
                        </div>
                      </li>
                    );
                  })}
                </ul>
              )}
            </Section>
          </>
        );
      }}
    </QueryView>
  );
}
