import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import type { CommitmentStatus, IssueArea, UpdateCommitmentInput } from '../../gql/schema-types';
import { FormAlert, SelectField, TextAreaField, TextField, numberOrNull, orNull, useFormErrors } from '../../ui/form';
import { agencyLabel } from '../../ui/badges';
import { CreateCommitmentDocument, UpdateCommitmentDocument, type CommitmentDetailFragment } from './operations.generated';
import { FormActions } from '../../ui/form-actions';

/** A new commitment of one of the agreement's parties. */
export function CommitmentCreateForm({
  agreementId,
  parties,
  onDone,
  onCancel,
}: {
  agreementId: string;
  parties: { id: string; name: string; acronym: string | null }[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, e } = useI18n();
  const errors = useFormErrors();
  const [create, { loading }] = useMutation(CreateCommitmentDocument);
  const [v, setV] = useState({ agencyId: '', description: '', issueArea: '', indicator: '', targetValue: '', dueOn: '' });
  const labels = {
    agencyId: t('commitment.agency'),
    description: t('commitment.description'),
    issueArea: t('common.issueArea'),
    indicator: t('commitment.indicator'),
    targetValue: t('commitment.target'),
    dueOn: t('common.dueOn'),
  };

  const submit = errors.onSubmit({
    check: () => {
      const local: Record<string, string> = {};
      if (!v.agencyId) local.agencyId = t('form.required');
      if (!v.description.trim()) local.description = t('form.required');
      if (v.targetValue.trim() && numberOrNull(v.targetValue) === null) local.targetValue = t('form.number');
      return local;
    },
    save: async () => {
      await create({
        variables: {
          input: {
            agreementId,
            agencyId: v.agencyId,
            description: v.description.trim(),
            issueArea: (v.issueArea || null) as IssueArea | null,
            indicator: orNull(v.indicator),
            targetValue: numberOrNull(v.targetValue),
            dueOn: v.dueOn || null,
          },
        },
      });
      onDone();
    },
  });

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="new-commitment-title">
      <h3 id="new-commitment-title">{t('commitment.new')}</h3>
      <FormAlert errors={errors} fieldLabels={labels} />
      <SelectField
        label={labels.agencyId}
        required
        value={v.agencyId}
        onChange={(agencyId) => setV({ ...v, agencyId })}
        options={parties.map((p) => ({ value: p.id, label: agencyLabel(p) }))}
        placeholder={t('form.choose')}
        error={errors.field('agencyId')}
        hint={t('commitment.agencyHint')}
      />
      <TextAreaField label={labels.description} required value={v.description} onChange={(description) => setV({ ...v, description })} error={errors.field('description')} rows={3} hint={t('commitment.descriptionHint')} />
      <div className="form-row">
        <SelectField
          label={labels.issueArea}
          value={v.issueArea}
          onChange={(issueArea) => setV({ ...v, issueArea })}
          options={enumOptions('IssueArea', e)}
          placeholder={t('form.none')}
          error={errors.field('issueArea')}
        />
        <TextField label={labels.indicator} value={v.indicator} onChange={(indicator) => setV({ ...v, indicator })} error={errors.field('indicator')} hint={t('commitment.indicatorHint')} />
      </div>
      <div className="form-row">
        <TextField label={labels.targetValue} inputMode="decimal" value={v.targetValue} onChange={(targetValue) => setV({ ...v, targetValue })} error={errors.field('targetValue')} />
        <TextField label={labels.dueOn} type="date" value={v.dueOn} onChange={(dueOn) => setV({ ...v, dueOn })} error={errors.field('dueOn')} />
      </div>
      <FormActions busy={loading} submitLabel={t('commitment.add')} onCancel={onCancel} />
    </form>
  );
}

/**
 * Changes one commitment: progress (status, achieved value) for whoever may update it,
 * and the details (description, indicator, target, due date) for whoever may edit them.
 */
export function CommitmentEditForm({ commitment, onDone, onCancel }: { commitment: CommitmentDetailFragment; onDone: () => void; onCancel: () => void }) {
  const { t, e } = useI18n();
  const errors = useFormErrors();
  const [update, { loading }] = useMutation(UpdateCommitmentDocument);
  const details = commitment.viewerCanEditDetails;
  const progress = commitment.viewerCanUpdate;
  const [v, setV] = useState({
    status: commitment.status as string,
    achievedValue: commitment.achievedValue === null ? '' : String(commitment.achievedValue),
    description: commitment.description,
    indicator: commitment.indicator ?? '',
    targetValue: commitment.targetValue === null ? '' : String(commitment.targetValue),
    dueOn: commitment.dueOn ?? '',
  });
  const labels = {
    status: t('common.status'),
    achievedValue: t('commitment.achieved'),
    description: t('commitment.description'),
    indicator: t('commitment.indicator'),
    targetValue: t('commitment.target'),
    dueOn: t('common.dueOn'),
  };
  const headingId = `edit-commitment-${commitment.id}`;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const local: Record<string, string> = {};
    if (details && !v.description.trim()) local.description = t('form.required');
    if (v.achievedValue.trim() && numberOrNull(v.achievedValue) === null) local.achievedValue = t('form.number');
    if (v.targetValue.trim() && numberOrNull(v.targetValue) === null) local.targetValue = t('form.number');
    if (Object.keys(local).length) return errors.setLocal(local);
    errors.clear();
    const input: UpdateCommitmentInput = {};
    if (progress) {
      if (v.status !== commitment.status) input.status = v.status as CommitmentStatus;
      const achieved = numberOrNull(v.achievedValue);
      if (achieved !== commitment.achievedValue) input.achievedValue = achieved;
    }
    if (details) {
      if (v.description.trim() !== commitment.description) input.description = v.description.trim();
      if (orNull(v.indicator) !== commitment.indicator) input.indicator = orNull(v.indicator);
      const target = numberOrNull(v.targetValue);
      if (target !== commitment.targetValue) input.targetValue = target;
      if ((v.dueOn || null) !== commitment.dueOn) input.dueOn = v.dueOn || null;
    }
    if (Object.keys(input).length === 0) return onCancel();
    try {
      await update({ variables: { id: commitment.id, input } });
      onDone();
    } catch (err) {
      errors.set(err);
    }
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId}>{t('commitment.edit')}</h4>
      <FormAlert errors={errors} fieldLabels={labels} />
      {progress && (
        <div className="form-row">
          <SelectField
            label={labels.status}
            required
            value={v.status}
            onChange={(status) => setV({ ...v, status })}
            options={enumOptions('CommitmentStatus', e)}
            error={errors.field('status')}
          />
          <TextField label={labels.achievedValue} inputMode="decimal" value={v.achievedValue} onChange={(achievedValue) => setV({ ...v, achievedValue })} error={errors.field('achievedValue')} />
        </div>
      )}
      {details && (
        <>
          <TextAreaField label={labels.description} required value={v.description} onChange={(description) => setV({ ...v, description })} error={errors.field('description')} rows={3} />
          <div className="form-row">
            <TextField label={labels.indicator} value={v.indicator} onChange={(indicator) => setV({ ...v, indicator })} error={errors.field('indicator')} />
            <TextField label={labels.targetValue} inputMode="decimal" value={v.targetValue} onChange={(targetValue) => setV({ ...v, targetValue })} error={errors.field('targetValue')} />
            <TextField label={labels.dueOn} type="date" value={v.dueOn} onChange={(dueOn) => setV({ ...v, dueOn })} error={errors.field('dueOn')} />
          </div>
        </>
      )}
      <FormActions busy={loading} submitLabel={t('action.save')} onCancel={onCancel} />
    </form>
  );
}
