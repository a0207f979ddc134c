import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { PageHeader, Section, Facts } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { AgencyName, EnumBadge } from '../../ui/badges';
import { AgreementDocument, type AgreementQuery } from './operations.generated';
import { CommitmentCreateForm, CommitmentEditForm } from './CommitmentForms';
import { commitmentProgress } from './commitment-progress';
import { NotFoundPage } from '../../ui/refusals';
import { SuccessNotice } from '../../ui/notice';

type CommitmentRow = NonNullable<AgreementQuery['agreement']>['commitments'][number];

export default function AgreementPage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, e } = i18n;
  const q = useQuery(AgreementDocument, { variables: { id } });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) => {
        const a = d.agreement;
        if (!a)
          return <NotFoundPage back={{ to: '/agreements', label: t('nav.agreements') }}>{t('agreements.notFound')}</NotFoundPage>;
        const { done: fulfilled, total } = commitmentProgress(a);
        return (
          <>
            <PageHeader
              title={a.title}
              subtitle={
                <>
                  <EnumBadge name="AgreementStatus" value={a.status} /> {e('AgreementKind', a.kind)}
                  {a.reference ? ` · ${a.reference}` : ''}
                </>
              }
              back={{ to: '/agreements', label: t('nav.agreements') }}
              actions={
                a.viewerCanUpdate && (
                  <Link className="btn" to={`/agreements/${a.id}/edit`}>
                    {t('agreements.edit')}
                  </Link>
                )
              }
            />
            <SuccessNotice>{saved}</SuccessNotice>
            <Section title={t('agreements.details')}>
              <Facts
                items={[
                  [t('common.province'), a.province?.name ?? t('common.national')],
                  [t('agreements.signedOn'), i18n.date(a.signedOn)],
                  [t('agreements.expiresOn'), i18n.date(a.expiresOn)],
                  [t('agreements.terminatedOn'), i18n.date(a.terminatedOn)],
                  [t('common.issueAreas'), a.issueAreas.map((x) => e('IssueArea', x)).join(', ') || '–'],
                  [t('common.network'), a.network ? <Link to={`/networks/${a.network.id}`}>{a.network.name}</Link> : '–'],
                  [t('agreements.meeting'), a.meeting ? <Link to={`/meetings/${a.meeting.id}`}>{`${a.meeting.title} (${i18n.date(a.meeting.heldOn)})`}</Link> : '–'],
                ]}
              />
            </Section>
            <Section title={t('agreements.parties')}>
              <ul className="chip-list">
                {a.parties.map((p) => (
                  <li key={p.id} className="chip">
                    <Link to={`/agencies/${p.id}`}>{p.name}</Link>
                    <span className="muted small"> · {e('Sector', p.sector)}</span>
                  </li>
                ))}
              </ul>
            </Section>
            <Section
              title={t('agreements.commitments')}
              actions={
                a.viewerCanUpdate &&
                !adding && (
                  <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
                    {t('commitment.new')}
                  </button>
                )
              }
            >
              <p className="muted small">{t('agreements.commitmentsSummary', { done: fulfilled, total })}</p>
              {adding && (
                <CommitmentCreateForm
                  agreementId={a.id}
                  parties={a.parties}
                  onCancel={() => setAdding(false)}
                  onDone={() => {
                    setAdding(false);
                    setSaved(t('commitment.created'));
                    void q.refetch();
                  }}
                />
              )}
              {a.commitments.length === 0 ? (
                <Empty>{t('agreements.noCommitments')}</Empty>
              ) : (
                <ul className="card-list">
                  {a.commitments.map((c) => (
                    <li key={c.id} className="card">
                      {editing === c.id ? (
                        <CommitmentEditForm
                          commitment={c}
                          onCancel={() => setEditing(null)}
                          onDone={() => {
                            setEditing(null);
                            setSaved(t('commitment.saved'));
                            void q.refetch();
                          }}
                        />
                      ) : (
                        <CommitmentCard c={c} onEdit={c.viewerCanUpdate || c.viewerCanEditDetails ? () => setEditing(c.id) : undefined} />
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </>
        );
      }}
    </QueryView>
  );
}

function CommitmentCard({ c, onEdit }: { c: CommitmentRow; onEdit?: () => void }) {
  const i18n = useI18n();
  const { t, e } = i18n;
  const ratio = c.targetValue && c.achievedValue !== null ? Math.min(c.achievedValue / c.targetValue, 1) : null;
  return (
    <article aria-label={c.description}>
      <div className="card-head">
        <p className="card-title">{c.description}</p>
        <span>
          <EnumBadge name="CommitmentStatus" value={c.status} />
          {c.isOverdue && (
            <>
              {' '}
              <span className="badge badge-bad">{t('common.overdue')}</span>
            </>
          )}
        </span>
      </div>
      <p className="muted small">
        <AgencyName agency={c.agency} />
        {c.issueArea ? ` · ${e('IssueArea', c.issueArea)}` : ''} · {t('common.dueOn')}: {i18n.date(c.dueOn)}
      </p>
      {c.targetValue !== null && (
        <div className="progress-row">
          <span>
            {c.indicator ?? t('commitment.progress')}: {i18n.number(c.achievedValue ?? 0)} / {i18n.number(c.targetValue)}
          </span>
          <progress max={1} value={ratio ?? 0} aria-label={t('commitment.progressOf', { what: c.indicator ?? t('commitment.progress') })}>
            {i18n.percent(ratio)}
          </progress>
          <span className="small">{i18n.percent(ratio)}</span>
        </div>
      )}
      {c.actionItems.length > 0 && (
        <details>
          <summary>{t('commitment.actions', { n: c.actionItems.length })}</summary>
          <ul>
            {c.actionItems.map((x) => (
              <li key={x.id}>
                <Link to={`/actions/${x.id}`}>{x.title}</Link> <EnumBadge name="ActionStatus" value={x.status} />
                {x.isOverdue && <span className="badge badge-bad">{t('common.overdue')}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {onEdit && (
        <button type="button" className="btn btn-small" onClick={onEdit}>
          {c.viewerCanEditDetails ? t('commitment.edit') : t('commitment.updateProgress')}
          <span className="visually-hidden">: {c.description}</span>
        </button>
      )}
    </article>
  );
}
