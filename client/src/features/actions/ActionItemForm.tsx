import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import type { Priority } from '../../gql/schema-types';
import { addDays, today } from '../../lib/dates';
import { blankFields, FormAlert, SelectField, TextAreaField, TextField, orNull, useFormErrors, MAX_LENGTH } from '../../ui/form';
import { ProvinceSelect, useAgencyOptions } from '../../common/pickers';
import { CommitmentOptionsDocument, CreateActionItemDocument } from './operations.generated';
import { FormActions } from '../../ui/form-actions';

/**
 * A new follow-up action for one agency, on its own or agreed at a meeting. The province
 * defaults to the agency's on the server; a national agency needs one chosen here.
 */
export function ActionItemForm({
  provinceCode: fixedProvince,
  meetingId,
  recommendation,
  onDone,
  onCancel,
  headingLevel = 2,
}: {
  /** The province the item belongs to when the context decides it (coordinator, meeting). */
  provinceCode: string | null;
  meetingId?: string;
  /** The recommendation of an oversight body the new item implements (its province is the item's). */
  recommendation?: { id: string; title: string };
  onDone: (id: string) => void;
  onCancel: () => void;
  /** The form's own heading; null when the page's heading already names the form. */
  headingLevel?: 2 | 3 | null;
}) {
  const { t, e } = useI18n();
  const errors = useFormErrors();
  const [create, { loading }] = useMutation(CreateActionItemDocument);
  const [v, setV] = useState({
    title: '',
    description: '',
    provinceCode: fixedProvince ?? '',
    agencyId: '',
    commitmentId: '',
    priority: 'MEDIUM',
    openedOn: today(),
    dueOn: addDays(today(), 30),
  });
  const agencies = useAgencyOptions(v.provinceCode || null);
  const commitments = useQuery(CommitmentOptionsDocument, { variables: { agencyId: v.agencyId }, skip: !v.agencyId });
  const labels: Record<string, string> = {
    title: t('actions.fieldTitle'),
    description: t('common.description'),
    provinceCode: t('common.province'),
    agencyId: t('actions.responsibleAgency'),
    commitmentId: t('actions.commitment'),
    priority: t('common.priority'),
    openedOn: t('actions.openedOn'),
    dueOn: t('common.dueOn'),
    meetingId: t('actions.meeting'),
    recommendationId: t('actions.recommendation'),
  };
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  const submit = errors.onSubmit({
    check: () => blankFields(v, ['title', 'agencyId', 'dueOn'], t('form.required')),
    save: async () => {
      const res = await create({
        variables: {
          input: {
            title: v.title.trim(),
            description: orNull(v.description),
            provinceCode: v.provinceCode || null,
            agencyId: v.agencyId,
            commitmentId: v.commitmentId || null,
            meetingId: meetingId ?? null,
            recommendationId: recommendation?.id ?? null,
            priority: v.priority as Priority,
            openedOn: v.openedOn || null,
            dueOn: v.dueOn,
          },
        },
      });
      if (res.data) onDone(res.data.createActionItem.id);
    },
  });

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby={headingLevel === null ? 'page-title' : 'new-action-title'}>
      {headingLevel !== null && <Heading id="new-action-title">{meetingId ? t('actions.newFollowUp') : recommendation ? t('recommendations.newAction') : t('actions.new')}</Heading>}
      <FormAlert errors={errors} fieldLabels={labels} />
      {recommendation && (
        <p className="muted">
          {t('actions.recommendation')}: <strong>{recommendation.title}</strong>
        </p>
      )}
      <TextField label={labels.title} required value={v.title} onChange={(title) => setV({ ...v, title })} error={errors.field('title')} maxLength={MAX_LENGTH.title} />
      <TextAreaField label={labels.description} value={v.description} onChange={(description) => setV({ ...v, description })} error={errors.field('description')} rows={3} hint={t('common.noPersonalData')} />
      <div className="form-row">
        {fixedProvince === null && (
          <ProvinceSelect value={v.provinceCode} onChange={(provinceCode) => setV({ ...v, provinceCode, agencyId: '', commitmentId: '' })} allLabel={t('actions.provinceOfAgency')} error={errors.field('provinceCode')} />
        )}
        <SelectField
          label={labels.agencyId}
          required
          value={v.agencyId}
          onChange={(agencyId) => setV({ ...v, agencyId, commitmentId: '' })}
          options={agencies.options}
          placeholder={agencies.loading ? t('state.loading') : t('form.choose')}
          error={errors.field('agencyId')}
        />
        <SelectField
          label={labels.commitmentId}
          value={v.commitmentId}
          onChange={(commitmentId) => setV({ ...v, commitmentId })}
          options={(commitments.data?.commitments.nodes ?? []).map((c) => ({ value: c.id, label: `${c.description} — ${c.agreement.title}` }))}
          placeholder={t('form.none')}
          error={errors.field('commitmentId')}
          disabled={!v.agencyId}
          hint={t('actions.commitmentHint')}
        />
      </div>
      <div className="form-row">
        <SelectField
          label={labels.priority}
          required
          value={v.priority}
          onChange={(priority) => setV({ ...v, priority })}
          options={enumOptions('Priority', e)}
          error={errors.field('priority')}
        />
        <TextField label={labels.openedOn} type="date" value={v.openedOn} onChange={(openedOn) => setV({ ...v, openedOn })} error={errors.field('openedOn')} />
        <TextField label={labels.dueOn} type="date" required value={v.dueOn} onChange={(dueOn) => setV({ ...v, dueOn })} error={errors.field('dueOn')} />
      </div>
      <FormActions busy={loading} submitLabel={t('actions.save')} onCancel={onCancel} />
    </form>
  );
}
