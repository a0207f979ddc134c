import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import type { AgreementKind, IssueArea } from '../../gql/schema-types';
import { CheckboxGroup, FormAlert, SelectField, TextField, orNull, type FormErrors, MAX_LENGTH } from '../../ui/form';
import { ProvinceSelect, useAgencyOptions, useNetworkOptions } from '../../common/pickers';
import { FormActions } from '../../ui/form-actions';

export interface AgreementValues {
  title: string;
  reference: string;
  kind: string;
  issueAreas: string[];
  provinceCode: string;
  networkId: string;
  meetingId: string;
  partyIds: string[];
  signedOn: string;
  expiresOn: string;
  terminatedOn: string;
}

export const EMPTY_AGREEMENT: AgreementValues = {
  title: '',
  reference: '',
  kind: '',
  issueAreas: [],
  provinceCode: '',
  networkId: '',
  meetingId: '',
  partyIds: [],
  signedOn: '',
  expiresOn: '',
  terminatedOn: '',
};

/** The agreement fields as the API expects them (blank optional text becomes null). */
export function agreementInput(v: AgreementValues) {
  return {
    title: v.title.trim(),
    reference: orNull(v.reference),
    kind: v.kind as AgreementKind,
    issueAreas: v.issueAreas as IssueArea[],
    provinceCode: v.provinceCode || null,
    networkId: v.networkId || null,
    meetingId: v.meetingId || null,
    partyIds: v.partyIds,
    signedOn: v.signedOn || null,
    expiresOn: v.expiresOn || null,
    terminatedOn: v.terminatedOn || null,
  };
}

/**
 * Create and edit share this form. Only the checks a person can fix without the server
 * (empty required fields) run here; every other rule comes back from the API as
 * BAD_USER_INPUT and is shown next to its field.
 */
export function AgreementForm({
  mode,
  initial,
  provinceLocked,
  provinceName,
  meetingLabel,
  errors,
  saving,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit';
  initial: AgreementValues;
  /** The coordinator's own province, or the edited agreement's: not changeable here. */
  provinceLocked: boolean;
  provinceName?: string;
  meetingLabel?: string;
  errors: FormErrors;
  saving: boolean;
  onSubmit: (v: AgreementValues) => void;
  onCancel: () => void;
}) {
  const { t, e } = useI18n();
  const [v, setV] = useState(initial);
  const agencies = useAgencyOptions(v.provinceCode || null);
  const networks = useNetworkOptions(v.provinceCode || null);
  const labels: Record<string, string> = {
    title: t('agreements.fieldTitle'),
    reference: t('agreements.reference'),
    kind: t('agreements.kind'),
    issueAreas: t('common.issueAreas'),
    provinceCode: t('common.province'),
    networkId: t('common.network'),
    meetingId: t('agreements.meeting'),
    partyIds: t('agreements.parties'),
    signedOn: t('agreements.signedOn'),
    expiresOn: t('agreements.expiresOn'),
    terminatedOn: t('agreements.terminatedOn'),
  };

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const local: Record<string, string> = {};
    if (!v.title.trim()) local.title = t('form.required');
    if (mode === 'create' && !v.kind) local.kind = t('form.required');
    if (Object.keys(local).length) {
      errors.setLocal(local);
      return;
    }
    onSubmit(v);
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={mode === 'create' ? t('agreements.create') : t('agreements.edit')}>
      <FormAlert errors={errors} fieldLabels={labels} />
      <TextField label={labels.title} required value={v.title} onChange={(title) => setV({ ...v, title })} error={errors.field('title')} maxLength={MAX_LENGTH.title} />
      <div className="form-row">
        <TextField label={labels.reference} value={v.reference} onChange={(reference) => setV({ ...v, reference })} error={errors.field('reference')} hint={t('agreements.referenceHint')} />
        {mode === 'create' ? (
          <SelectField
            label={labels.kind}
            required
            value={v.kind}
            onChange={(kind) => setV({ ...v, kind })}
            options={enumOptions('AgreementKind', e)}
            placeholder={t('form.choose')}
            error={errors.field('kind')}
          />
        ) : (
          <TextField label={labels.kind} value={v.kind ? e('AgreementKind', v.kind as AgreementKind) : ''} onChange={() => {}} readOnly hint={t('agreements.kindFixed')} />
        )}
      </div>
      {mode === 'create' && (
        <div className="form-row">
          {provinceLocked ? (
            <TextField label={labels.provinceCode} value={provinceName ?? v.provinceCode} onChange={() => {}} readOnly hint={t('agreements.provinceFixed')} />
          ) : (
            <ProvinceSelect
              value={v.provinceCode}
              onChange={(provinceCode) => setV({ ...v, provinceCode, networkId: '', partyIds: [] })}
              allLabel={t('common.national')}
              error={errors.field('provinceCode')}
            />
          )}
          <SelectField label={labels.networkId} value={v.networkId} onChange={(networkId) => setV({ ...v, networkId })} options={networks} placeholder={t('form.none')} error={errors.field('networkId')} />
        </div>
      )}
      {mode === 'create' && v.meetingId && <TextField label={labels.meetingId} value={meetingLabel ?? v.meetingId} onChange={() => {}} readOnly />}
      <CheckboxGroup
        legend={labels.issueAreas}
        options={enumOptions('IssueArea', e)}
        value={v.issueAreas}
        onChange={(issueAreas) => setV({ ...v, issueAreas })}
        error={errors.field('issueAreas')}
      />
      <CheckboxGroup
        legend={labels.partyIds}
        required
        hint={t('agreements.partiesHint')}
        options={agencies.options}
        value={v.partyIds}
        onChange={(partyIds) => setV({ ...v, partyIds })}
        error={errors.field('partyIds')}
        filterable
      />
      <div className="form-row">
        <TextField label={labels.signedOn} type="date" value={v.signedOn} onChange={(signedOn) => setV({ ...v, signedOn })} error={errors.field('signedOn')} hint={t('agreements.signedHint')} />
        <TextField label={labels.expiresOn} type="date" value={v.expiresOn} onChange={(expiresOn) => setV({ ...v, expiresOn })} error={errors.field('expiresOn')} />
        {mode === 'edit' && (
          <TextField label={labels.terminatedOn} type="date" value={v.terminatedOn} onChange={(terminatedOn) => setV({ ...v, terminatedOn })} error={errors.field('terminatedOn')} />
        )}
      </div>
      <FormActions busy={saving} submitLabel={mode === 'create' ? t('agreements.saveNew') : t('action.save')} onCancel={onCancel} />
    </form>
  );
}
