import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { actsForAgency } from '../../app/home';
import { useViewer } from '../../session/session';
import { Facts, PageHeader, Section } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { AgencyName, EnumBadge } from '../../ui/badges';
import { daysBetween } from '../../lib/dates';
import { CaseDocument } from './operations.generated';
import { OutcomeForm, ReferForm, RespondForm, ServiceForm } from './CaseForms';
import { DataTable } from '../../ui/data-table';
import { NotFoundPage } from '../../ui/refusals';
import { SuccessNotice, useArrivalNotice } from '../../ui/notice';

type Open = { kind: 'refer' } | { kind: 'service' } | { kind: 'outcome' } | { kind: 'respond'; referralId: string } | null;

export default function CasePage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, e } = i18n;
  const { viewer, permissions } = useViewer();
  const q = useQuery(CaseDocument, { variables: { id } });
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useArrivalNotice('created', t('cases.recorded'));
  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
    void q.refetch();
  };

  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) => {
        const c = d.case;
        if (!c)
          return <NotFoundPage back={{ to: '/cases', label: t('nav.cases') }}>{t('cases.notFound')}</NotFoundPage>;
        return (
          <>
            <PageHeader
              title={t('cases.caseTitle', { code: c.code })}
              subtitle={`${e('IssueArea', c.issueArea)} · ${e('CaseOutcome', c.outcome)}`}
              back={{ to: '/cases', label: t('nav.cases') }}
              actions={
                <>
                  {c.viewerCanRefer && (
                    <button type="button" className="btn" onClick={() => setOpen({ kind: 'refer' })}>
                      {t('cases.refer')}
                    </button>
                  )}
                  {c.viewerCanRecordService && (
                    <button type="button" className="btn" onClick={() => setOpen({ kind: 'service' })}>
                      {t('cases.recordService')}
                    </button>
                  )}
                  {c.viewerCanSetOutcome && (
                    <button type="button" className="btn" onClick={() => setOpen({ kind: 'outcome' })}>
                      {t('cases.setOutcome')}
                    </button>
                  )}
                </>
              }
            />
            <SuccessNotice>{notice}</SuccessNotice>
            <p className="muted small">{t('cases.noPersonalData')}</p>
            {open?.kind === 'refer' && <ReferForm c={c} onCancel={() => setOpen(null)} onDone={() => done(t('cases.referred'))} />}
            {open?.kind === 'service' && (
              <ServiceForm c={c} defaultAgencyId={actsForAgency(permissions) ? viewer.agency?.id ?? '' : ''} onCancel={() => setOpen(null)} onDone={() => done(t('cases.serviceRecorded'))} />
            )}
            {open?.kind === 'outcome' && <OutcomeForm c={c} onCancel={() => setOpen(null)} onDone={() => done(t('cases.outcomeSet'))} />}
            <Section title={t('cases.details')}>
              <Facts
                items={[
                  [t('cases.code'), <span key="c" className="mono">{c.code}</span>],
                  [t('common.province'), c.province.name],
                  [t('cases.regency'), c.regency?.name ?? '–'],
                  [t('common.issueArea'), e('IssueArea', c.issueArea)],
                  [t('cases.ageGroup'), e('AgeGroup', c.victimAgeGroup)],
                  [t('cases.sex'), e('Sex', c.victimSex)],
                  [t('cases.reportedOn'), i18n.date(c.reportedOn)],
                  [t('cases.intakeAgency'), <Link key="i" to={`/agencies/${c.intakeAgency.id}`}>{c.intakeAgency.name}</Link>],
                  [t('common.outcome'), e('CaseOutcome', c.outcome)],
                  [t('cases.closedOn'), i18n.date(c.closedOn)],
                  [
                    t('cases.firstService'),
                    c.firstServiceOn ? t('cases.firstServiceAfter', { date: i18n.date(c.firstServiceOn), n: daysBetween(c.reportedOn, c.firstServiceOn) }) : t('cases.noServiceYet'),
                  ],
                ]}
              />
            </Section>
            <Section title={t('cases.referrals')}>
              {c.referrals.length === 0 ? (
                <Empty>{t('cases.noReferrals')}</Empty>
              ) : (
                <DataTable
                  caption={t('cases.referrals')}
                  rows={c.referrals}
                  rowKey={(r) => r.id}
                  columns={[
                    { header: t('cases.referFrom'), cell: (r) => <AgencyName agency={r.fromAgency} /> },
                    { header: t('cases.referTo'), rowHeader: true, cell: (r) => <AgencyName agency={r.toAgency} /> },
                    { header: t('cases.referredOn'), cell: (r) => i18n.date(r.referredOn) },
                    { header: t('common.status'), cell: (r) => <EnumBadge name="ReferralStatus" value={r.status} /> },
                    { header: t('cases.respondedOn'), cell: (r) => i18n.date(r.respondedOn) },
                    {
                      header: t('common.actions'),
                      hideHeader: true,
                      cell: (r) =>
                        r.viewerCanRespond && (
                          <button type="button" className="btn btn-small" onClick={() => setOpen({ kind: 'respond', referralId: r.id })}>
                            {t('cases.respond')}
                            <span className="visually-hidden">: {r.toAgency.name}</span>
                          </button>
                        ),
                    },
                  ]}
                />
              )}
              {open?.kind === 'respond' && <RespondForm referralId={open.referralId} onCancel={() => setOpen(null)} onDone={() => done(t('cases.responded'))} />}
            </Section>
            <Section title={t('cases.services')}>
              {c.services.length === 0 ? (
                <Empty>{t('cases.noServices')}</Empty>
              ) : (
                <DataTable
                  caption={t('cases.services')}
                  rows={[...c.services].sort((a, b) => a.providedOn.localeCompare(b.providedOn))}
                  rowKey={(s) => s.id}
                  columns={[
                    { header: t('cases.serviceType'), rowHeader: true, cell: (s) => e('ServiceType', s.type) },
                    { header: t('cases.serviceAgency'), cell: (s) => <AgencyName agency={s.agency} /> },
                    { header: t('cases.providedOn'), cell: (s) => i18n.date(s.providedOn) },
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
