import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../session/session';
import { Facts, PageHeader, Section } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { AgencyName, EnumBadge } from '../../ui/badges';
import { daysBetween } from '../../lib/dates';
import { CaseDocument } from './operations.generated';
import { OutcomeForm, ReferForm, RespondForm, ServiceForm } from './CaseForms';
import { TableWrap } from '../../ui/table-wrap';

type Open = { kind: 'refer' } | { kind: 'service' } | { kind: 'outcome' } | { kind: 'respond'; referralId: string } | null;

export default function CasePage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, e } = i18n;
  const location = useLocation();
  const { viewer } = useViewer();
  const q = useQuery(CaseDocument, { variables: { id } });
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>((location.state as { created?: boolean } | null)?.created ? t('cases.recorded') : null);
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
          return (
            <>
              <PageHeader title={t('error.notFound')} back={{ to: '/cases', label: t('nav.cases') }} />
              <Empty>{t('cases.notFound')}</Empty>
            </>
          );
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
            {notice && (
              <div className="notice notice-success" role="status">
                {notice}
              </div>
            )}
            <p className="muted small">{t('cases.noPersonalData')}</p>
            {open?.kind === 'refer' && <ReferForm c={c} onCancel={() => setOpen(null)} onDone={() => done(t('cases.referred'))} />}
            {open?.kind === 'service' && (
              <ServiceForm c={c} defaultAgencyId={viewer.role === 'MEMBER' ? viewer.agency?.id ?? '' : ''} onCancel={() => setOpen(null)} onDone={() => done(t('cases.serviceRecorded'))} />
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
                <TableWrap>
                  <table className="data-table">
                    <caption className="visually-hidden">{t('cases.referrals')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('cases.referFrom')}</th>
                        <th scope="col">{t('cases.referTo')}</th>
                        <th scope="col">{t('cases.referredOn')}</th>
                        <th scope="col">{t('common.status')}</th>
                        <th scope="col">{t('cases.respondedOn')}</th>
                        <th scope="col">
                          <span className="visually-hidden">{t('common.actions')}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.referrals.map((r) => (
                        <tr key={r.id}>
                          <td>
                            <AgencyName agency={r.fromAgency} />
                          </td>
                          <th scope="row">
                            <AgencyName agency={r.toAgency} />
                          </th>
                          <td>{i18n.date(r.referredOn)}</td>
                          <td>
                            <EnumBadge name="ReferralStatus" value={r.status} />
                          </td>
                          <td>{i18n.date(r.respondedOn)}</td>
                          <td>
                            {r.viewerCanRespond && (
                              <button type="button" className="btn btn-small" onClick={() => setOpen({ kind: 'respond', referralId: r.id })}>
                                {t('cases.respond')}
                                <span className="visually-hidden">: {r.toAgency.name}</span>
                              </button>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              )}
              {open?.kind === 'respond' && <RespondForm referralId={open.referralId} onCancel={() => setOpen(null)} onDone={() => done(t('cases.responded'))} />}
            </Section>
            <Section title={t('cases.services')}>
              {c.services.length === 0 ? (
                <Empty>{t('cases.noServices')}</Empty>
              ) : (
                <TableWrap>
                  <table className="data-table">
                    <caption className="visually-hidden">{t('cases.services')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('cases.serviceType')}</th>
                        <th scope="col">{t('cases.serviceAgency')}</th>
                        <th scope="col">{t('cases.providedOn')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {[...c.services]
                        .sort((a, b) => a.providedOn.localeCompare(b.providedOn))
                        .map((s) => (
                          <tr key={s.id}>
                            <th scope="row">{e('ServiceType', s.type)}</th>
                            <td>
                              <AgencyName agency={s.agency} />
                            </td>
                            <td>{i18n.date(s.providedOn)}</td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </TableWrap>
              )}
            </Section>
          </>
        );
      }}
    </QueryView>
  );
}
