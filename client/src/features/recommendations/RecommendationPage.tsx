import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import { useViewer } from '../../session/session';
import type { RecommendationResponse } from '../../gql/schema-types';
import { today } from '../../lib/dates';
import { problemOf } from '../../lib/errors';
import { Facts, PageHeader, Section } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { AgencyName, EnumBadge } from '../../ui/badges';
import { FormAlert, SelectField, TextAreaField, TextField, orNull, useFormErrors } from '../../ui/form';
import { ActionItemForm, LinkedActionItems } from '../actions';
import { RecommendationDocument, RespondToRecommendationDocument, type RecommendationQuery } from './operations.generated';
import { FormActions } from '../../ui/form-actions';
import { NotFoundPage } from '../../ui/refusals';
import { SuccessNotice, useArrivalNotice } from '../../ui/notice';

type Rec = NonNullable<RecommendationQuery['recommendation']>;

/** One recommendation: its text, the province's answer, the action items that implement it, and a timeline. */
export default function RecommendationPage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, e } = i18n;
  const { permissions } = useViewer();
  const q = useQuery(RecommendationDocument, { variables: { id } });
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useArrivalNotice('issued', t('recommendations.issued'));
  const back = { to: '/recommendations', label: t('nav.recommendations') };

  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) => {
        const r = d.recommendation;
        if (!r)
          return <NotFoundPage back={back}>{t('error.notFoundExplain')}</NotFoundPage>;
        const accepted = r.response === 'ACCEPTED' || r.response === 'PARTIALLY_ACCEPTED';
        return (
          <>
            <PageHeader
              title={r.title}
              subtitle={
                <>
                  <EnumBadge name="RecommendationStatus" value={r.status} /> <AgencyName agency={r.issuer} /> · {r.province?.name ?? t('recommendations.national')}
                </>
              }
              back={back}
            />
            <SuccessNotice>{notice}</SuccessNotice>
            <div className="two-col">
              <div>
                <Section title={t('recommendations.text')}>
                  <Facts
                    items={[
                      [t('recommendations.issuer'), <AgencyName key="i" agency={r.issuer} />],
                      [t('recommendations.reference'), r.reference ?? '–'],
                      [t('common.province'), r.province?.name ?? t('recommendations.national')],
                      [t('recommendations.addressees'), r.addressees.length ? r.addressees.map((a) => a.acronym ?? a.name).join(', ') : t('recommendations.noAddressees')],
                      [t('common.issueAreas'), r.issueAreas.map((a) => e('IssueArea', a)).join(', ')],
                      [t('recommendations.issuedOn'), i18n.date(r.issuedOn)],
                      [t('recommendations.responseDueOn'), r.responseDueOn ? i18n.date(r.responseDueOn) : '–'],
                    ]}
                  />
                  <p className="prewrap">{r.text}</p>
                </Section>

                <Section title={t('recommendations.answer')}>
                  {r.response ? (
                    <Facts
                      items={[
                        [t('recommendations.answer'), <EnumBadge key="r" name="RecommendationResponse" value={r.response} />],
                        [t('recommendations.respondedOn'), r.respondedOn ? i18n.date(r.respondedOn) : '–'],
                        [t('recommendations.responseNote'), r.responseNote ?? '–'],
                      ]}
                    />
                  ) : (
                    <p className="muted">{t('recommendations.noAnswer')}</p>
                  )}
                  {r.viewerCanRespond && <AnswerForm rec={r} onDone={() => setNotice(t('recommendations.answered'))} />}
                </Section>

                <Section
                  title={t('recommendations.implementation')}
                  actions={
                    accepted &&
                    permissions.canCreateActionItem &&
                    !adding && (
                      <button type="button" className="btn btn-small" onClick={() => setAdding(true)}>
                        {t('recommendations.newAction')}
                      </button>
                    )
                  }
                >
                  {adding && r.province && (
                    <ActionItemForm
                      provinceCode={r.province.code}
                      recommendation={{ id: r.id, title: r.title }}
                      headingLevel={3}
                      onCancel={() => setAdding(false)}
                      onDone={() => {
                        setAdding(false);
                        setNotice(t('actions.created'));
                        void q.refetch();
                      }}
                    />
                  )}
                  {r.actionItems.length === 0 ? (
                    <Empty>{t('recommendations.noItems')}</Empty>
                  ) : (
                    <LinkedActionItems items={r.actionItems} caption={t('recommendations.implementation')} />
                  )}
                </Section>
              </div>
              <div>
                <Section title={t('recommendations.timeline')}>
                  <Timeline rec={r} />
                </Section>
              </div>
            </div>
          </>
        );
      }}
    </QueryView>
  );
}

/** Issue, due date, answer, and each implementing item's opening and completion, oldest first. */
function Timeline({ rec: r }: { rec: Rec }) {
  const i18n = useI18n();
  const { t, e } = i18n;
  const events: { day: string; text: string; key: string }[] = [
    { day: r.issuedOn, key: 'issued', text: t('recommendations.tlIssued', { issuer: r.issuer.acronym ?? r.issuer.name }) },
  ];
  if (r.responseDueOn) events.push({ day: r.responseDueOn, key: 'due', text: t('recommendations.tlDue') });
  if (r.response && r.respondedOn) events.push({ day: r.respondedOn, key: 'answered', text: t('recommendations.tlAnswered', { response: e('RecommendationResponse', r.response) }) });
  for (const a of r.actionItems) {
    events.push({ day: a.openedOn, key: `o${a.id}`, text: t('recommendations.tlItemOpened', { title: a.title }) });
    if (a.completedOn) events.push({ day: a.completedOn, key: `d${a.id}`, text: t('recommendations.tlItemDone', { title: a.title }) });
  }
  events.sort((x, y) => x.day.localeCompare(y.day));
  return (
    <ol className="history">
      {events.map((ev) => (
        <li key={ev.key}>
          <div className="small muted">
            <time dateTime={ev.day}>{i18n.date(ev.day)}</time>
          </div>
          <div>{ev.text}</div>
        </li>
      ))}
    </ol>
  );
}

/** The province's answer, given once; a note is required for NOTED and PARTIALLY_ACCEPTED. */
function AnswerForm({ rec, onDone }: { rec: Rec; onDone: () => void }) {
  const { t, e } = useI18n();
  const errors = useFormErrors();
  const [respond, { loading }] = useMutation(RespondToRecommendationDocument);
  const [v, setV] = useState({ response: '', note: '', respondedOn: today() });
  const labels: Record<string, string> = {
    response: t('recommendations.answer'),
    note: t('recommendations.responseNote'),
    respondedOn: t('recommendations.respondedOn'),
  };
  const noteRequired = v.response === 'NOTED' || v.response === 'PARTIALLY_ACCEPTED';

  const submit = errors.onSubmit({
    check: () => {
      const local: Record<string, string> = {};
      if (!v.response) local.response = t('form.required');
      if (noteRequired && !v.note.trim()) local.note = t('form.noteRequired');
      return local;
    },
    save: async () => {
      await respond({
        variables: { id: rec.id, input: { response: v.response as RecommendationResponse, note: orNull(v.note), respondedOn: v.respondedOn || null } },
        refetchQueries: ['Recommendation'],
        awaitRefetchQueries: true,
      });
      onDone();
    },
  });

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="answer-title">
      <h3 id="answer-title">{t('recommendations.respond')}</h3>
      <p className="muted small">{t('recommendations.respondHint')}</p>
      {problemOf(errors.error)?.code === 'CONFLICT' ? (
        <div className="notice notice-error" role="alert">
          {t('recommendations.alreadyAnswered')}
        </div>
      ) : (
        <FormAlert errors={errors} fieldLabels={labels} />
      )}
      <div className="form-row">
        <SelectField
          label={labels.response}
          required
          value={v.response}
          onChange={(response) => setV({ ...v, response })}
          options={enumOptions('RecommendationResponse', e)}
          placeholder={t('form.choose')}
          error={errors.field('response')}
        />
        <TextField label={labels.respondedOn} type="date" value={v.respondedOn} onChange={(respondedOn) => setV({ ...v, respondedOn })} error={errors.field('respondedOn')} max={today()} />
      </div>
      <TextAreaField label={labels.note} required={noteRequired} value={v.note} onChange={(note) => setV({ ...v, note })} error={errors.field('note')} rows={4} />
      <FormActions busy={loading} submitLabel={t('recommendations.saveAnswer')} />
    </form>
  );
}
