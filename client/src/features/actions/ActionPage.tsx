import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import type { ActionStatus, Priority, UpdateActionItemInput } from '../../gql/schema-types';
import { today } from '../../lib/dates';
import { problemOf } from '../../lib/errors';
import { Facts, PageHeader, Section } from '../../ui/page';
import { Empty, QueryView } from '../../ui/states';
import { AgencyName, EnumBadge, OverdueBadge } from '../../ui/badges';
import { FormAlert, SelectField, TextAreaField, TextField, orNull, useFormErrors, MAX_LENGTH } from '../../ui/form';
import { ActionItemDocument, AddActionNoteDocument, UpdateActionItemDocument, type ActionItemDetailFragment } from './operations.generated';
import { FormActions } from '../../ui/form-actions';
import { NotFoundPage } from '../../ui/refusals';
import { SuccessNotice, useArrivalNotice } from '../../ui/notice';

type Change = Omit<UpdateActionItemInput, 'version'>;

export default function ActionPage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, e } = i18n;
  const q = useQuery(ActionItemDocument, { variables: { id } });
  const [notice, setNotice] = useArrivalNotice('created', t('actions.created'));

  return (
    <QueryView data={q.data} error={q.error} loading={q.loading} retry={() => void q.refetch()}>
      {(d) => {
        const a = d.actionItem;
        if (!a)
          return <NotFoundPage back={{ to: '/actions', label: t('nav.actions') }}>{t('actions.notFound')}</NotFoundPage>;
        return (
          <>
            <PageHeader
              title={a.title}
              subtitle={
                <>
                  <EnumBadge name="ActionStatus" value={a.status} /> <EnumBadge name="Priority" value={a.priority} /> {a.isOverdue && <OverdueBadge days={a.daysOverdue} />}
                </>
              }
              back={{ to: '/actions', label: t('nav.actions') }}
            />
            <SuccessNotice>{notice}</SuccessNotice>
            <div className="two-col">
              <div>
                <Section title={t('actions.details')}>
                  <Facts
                    items={[
                      [t('common.status'), e('ActionStatus', a.status)],
                      [t('common.priority'), e('Priority', a.priority)],
                      [t('actions.responsibleAgency'), <Link key="a" to={`/agencies/${a.agency.id}`}><AgencyName agency={a.agency} /></Link>],
                      [t('common.province'), a.province.name],
                      [t('actions.openedOn'), i18n.date(a.openedOn)],
                      [t('common.dueOn'), i18n.date(a.dueOn)],
                      [t('actions.completedOn'), i18n.date(a.completedOn)],
                      [t('province.daysOverdue'), a.daysOverdue ? i18n.number(a.daysOverdue, 0) : '–'],
                      [t('actions.commitment'), a.commitment ? <Link key="c" to={`/agreements/${a.commitment.agreement.id}`}>{`${a.commitment.description} — ${a.commitment.agreement.title}`}</Link> : '–'],
                      [t('actions.meeting'), a.meeting ? <Link key="m" to={`/meetings/${a.meeting.id}`}>{`${a.meeting.title} (${i18n.date(a.meeting.heldOn)})`}</Link> : '–'],
                      [t('actions.recommendation'), a.recommendation ? <Link key="r" to={`/recommendations/${a.recommendation.id}`}>{`${a.recommendation.title} (${a.recommendation.issuer.acronym ?? a.recommendation.issuer.name})`}</Link> : '–'],
                      [t('actions.version'), i18n.number(a.version, 0)],
                    ]}
                  />
                  {a.description && <p className="prewrap">{a.description}</p>}
                </Section>
                {a.viewerCanUpdate || a.viewerCanEditDetails ? (
                  <ActionEditor key={a.id} item={a} onSaved={(msg) => setNotice(msg)} />
                ) : (
                  <p className="muted small">{t('actions.readOnly')}</p>
                )}
              </div>
              <Section title={t('actions.history')}>
                {a.updates.length === 0 ? (
                  <Empty>{t('actions.noHistory')}</Empty>
                ) : (
                  <ol className="history">
                    {[...a.updates]
                      .sort((x, y) => y.createdAt.localeCompare(x.createdAt))
                      .map((u) => (
                        <li key={u.id}>
                          <div className="small muted">
                            <time dateTime={u.createdAt}>{i18n.dateTime(u.createdAt)}</time> · {u.author.displayName}
                            {u.author.agency && ` (${u.author.agency.acronym || u.author.agency.name})`}
                          </div>
                          {u.toStatus && (
                            <div>
                              {u.fromStatus ? (
                                t('actions.statusChanged', { from: e('ActionStatus', u.fromStatus), to: e('ActionStatus', u.toStatus) })
                              ) : (
                                t('actions.statusSet', { to: e('ActionStatus', u.toStatus) })
                              )}
                            </div>
                          )}
                          {u.note && <p className="prewrap history-note">{u.note}</p>}
                        </li>
                      ))}
                  </ol>
                )}
              </Section>
            </div>
          </>
        );
      }}
    </QueryView>
  );
}

/**
 * The two forms of an action item. Changes carry the version the viewer read; when
 * someone else saved in between, the API answers CONFLICT: the page then shows the item's
 * current state, keeps the viewer's change, and offers to apply it again on top.
 */
function ActionEditor({ item, onSaved }: { item: ActionItemDetailFragment; onSaved: (message: string) => void }) {
  const { t, e, date } = useI18n();
  const client = useApolloClient();
  const [update, { loading: updating }] = useMutation(UpdateActionItemDocument);
  const [addNote, { loading: noting }] = useMutation(AddActionNoteDocument);
  const statusErrors = useFormErrors();
  const detailErrors = useFormErrors();
  const [conflict, setConflict] = useState<{ change: Change; form: 'status' | 'details' } | null>(null);
  const [s, setS] = useState({ status: item.status as string, completedOn: item.completedOn ?? today(), note: '' });
  const [dv, setDv] = useState({ title: item.title, description: item.description ?? '', priority: item.priority as string, dueOn: item.dueOn });
  const busy = updating || noting;

  const reloadCurrent = () => client.query({ query: ActionItemDocument, variables: { id: item.id }, fetchPolicy: 'network-only' });

  const apply = async (change: Change, form: 'status' | 'details', version: number) => {
    const errors = form === 'status' ? statusErrors : detailErrors;
    errors.clear();
    try {
      await update({ variables: { id: item.id, input: { ...change, version } } });
      setConflict(null);
      if (form === 'status') setS((x) => ({ ...x, note: '' }));
      onSaved(t('actions.saved'));
    } catch (err) {
      if (problemOf(err)?.code === 'CONFLICT') {
        setConflict({ change, form });
        await reloadCurrent().catch(() => undefined);
      } else errors.set(err);
    }
  };

  const submitStatus = async (ev: FormEvent) => {
    ev.preventDefault();
    const change: Change = {};
    if (s.status !== item.status) change.status = s.status as ActionStatus;
    if (s.status === 'DONE' && (s.status !== item.status || s.completedOn !== item.completedOn)) change.completedOn = s.completedOn || null;
    const note = orNull(s.note);
    if (!change.status && !change.completedOn) {
      if (!note) return statusErrors.setLocal({ note: t('actions.nothingToSave') });
      statusErrors.clear();
      try {
        await addNote({ variables: { id: item.id, note } });
        setS((x) => ({ ...x, note: '' }));
        onSaved(t('actions.noteAdded'));
      } catch (err) {
        statusErrors.set(err);
      }
      return;
    }
    if (note) change.note = note;
    await apply(change, 'status', item.version);
  };

  const submitDetails = async (ev: FormEvent) => {
    ev.preventDefault();
    const local: Record<string, string> = {};
    if (!dv.title.trim()) local.title = t('form.required');
    if (!dv.dueOn) local.dueOn = t('form.required');
    if (Object.keys(local).length) return detailErrors.setLocal(local);
    const change: Change = {};
    if (dv.title.trim() !== item.title) change.title = dv.title.trim();
    if (orNull(dv.description) !== item.description) change.description = orNull(dv.description);
    if (dv.priority !== item.priority) change.priority = dv.priority as Priority;
    if (dv.dueOn !== item.dueOn) change.dueOn = dv.dueOn;
    if (Object.keys(change).length === 0) return detailErrors.setLocal({ title: t('actions.nothingToSave') });
    await apply(change, 'details', item.version);
  };

  const describe = (c: Change) =>
    [
      c.status && `${t('common.status')}: ${e('ActionStatus', c.status)}`,
      c.completedOn && `${t('actions.completedOn')}: ${date(c.completedOn)}`,
      c.title && `${t('actions.fieldTitle')}: ${c.title}`,
      c.description !== undefined && `${t('common.description')}: ${c.description ?? '–'}`,
      c.priority && `${t('common.priority')}: ${e('Priority', c.priority)}`,
      c.dueOn && `${t('common.dueOn')}: ${date(c.dueOn)}`,
      c.note && `${t('actions.note')}: ${c.note}`,
    ].filter(Boolean) as string[];

  const statusLabels = { status: t('common.status'), completedOn: t('actions.completedOn'), note: t('actions.note') };
  const detailLabels = { title: t('actions.fieldTitle'), description: t('common.description'), priority: t('common.priority'), dueOn: t('common.dueOn') };

  return (
    <>
      {conflict && (
        <div className="notice notice-warn" role="alert">
          <strong className="notice-title">{t('actions.conflictTitle')}</strong>
          <p>{t('actions.conflictBody', { version: item.version })}</p>
          <p>{t('actions.conflictYourChange')}</p>
          <ul>
            {describe(conflict.change).map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void apply(conflict.change, conflict.form, item.version)}>
              {t('actions.reapply')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setConflict(null);
                setS({ status: item.status, completedOn: item.completedOn ?? today(), note: '' });
                setDv({ title: item.title, description: item.description ?? '', priority: item.priority, dueOn: item.dueOn });
              }}
            >
              {t('actions.discard')}
            </button>
          </div>
        </div>
      )}
      {item.viewerCanUpdate && (
        <Section title={t('actions.updateSection')}>
          <form className="form" onSubmit={submitStatus} noValidate aria-label={t('actions.updateSection')}>
            <FormAlert errors={statusErrors} fieldLabels={statusLabels} />
            <div className="form-row">
              <SelectField
                label={statusLabels.status}
                required
                value={s.status}
                onChange={(status) => setS({ ...s, status })}
                options={enumOptions('ActionStatus', e)}
                error={statusErrors.field('status')}
              />
              {s.status === 'DONE' && (
                <TextField
                  label={statusLabels.completedOn}
                  type="date"
                  value={s.completedOn}
                  max={today()}
                  min={item.openedOn}
                  onChange={(completedOn) => setS({ ...s, completedOn })}
                  error={statusErrors.field('completedOn')}
                  hint={t('actions.completedHint')}
                />
              )}
            </div>
            <TextAreaField label={statusLabels.note} value={s.note} onChange={(note) => setS({ ...s, note })} error={statusErrors.field('note')} rows={3} hint={t('common.noPersonalData')} maxLength={MAX_LENGTH.actionNote} />
            <FormActions busy={busy} submitLabel={t('actions.saveUpdate')} />
          </form>
        </Section>
      )}
      {item.viewerCanEditDetails && (
        <Section title={t('actions.editSection')}>
          <details open={!item.viewerCanUpdate || conflict?.form === 'details' || undefined}>
            <summary>{t('actions.editSummary')}</summary>
            <form className="form" onSubmit={submitDetails} noValidate aria-label={t('actions.editSection')}>
              <FormAlert errors={detailErrors} fieldLabels={detailLabels} />
              <TextField label={detailLabels.title} required value={dv.title} onChange={(title) => setDv({ ...dv, title })} error={detailErrors.field('title')} maxLength={MAX_LENGTH.title} />
              <TextAreaField label={detailLabels.description} value={dv.description} onChange={(description) => setDv({ ...dv, description })} error={detailErrors.field('description')} rows={3} />
              <div className="form-row">
                <SelectField
                  label={detailLabels.priority}
                  required
                  value={dv.priority}
                  onChange={(priority) => setDv({ ...dv, priority })}
                  options={enumOptions('Priority', e)}
                  error={detailErrors.field('priority')}
                />
                <TextField label={detailLabels.dueOn} type="date" required value={dv.dueOn} onChange={(dueOn) => setDv({ ...dv, dueOn })} error={detailErrors.field('dueOn')} />
              </div>
              <FormActions busy={busy} submitLabel={t('action.save')} />
            </form>
          </details>
        </Section>
      )}
    </>
  );
}
