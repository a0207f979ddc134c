import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import type { CaseOutcome, ReferralStatus, ServiceType } from '../../gql/schema-types';
import { today } from '../../lib/dates';
import { blankFields, FormAlert, SelectField, TextField, useFormErrors } from '../../ui/form';
import { AgencySelect } from '../../common/pickers';
import { agencyLabel } from '../../ui/badges';
import { ReferCaseDocument, RecordServiceDocument, RespondToReferralDocument, SetCaseOutcomeDocument, type CaseDetailFragment } from './operations.generated';
import { FormActions } from '../../ui/form-actions';

function FormShell({ title, onSubmit, children, saving, onCancel, submitLabel }: { title: string; onSubmit: (e: FormEvent) => void; children: ReactNode; saving: boolean; onCancel: () => void; submitLabel: string }) {
  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-label={title}>
      <h3>{title}</h3>
      {children}
      <FormActions busy={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

/** Refers the case from one agency (by default the intake agency) to another. */
export function ReferForm({ c, onDone, onCancel }: { c: CaseDetailFragment; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const errors = useFormErrors();
  const [refer, { loading }] = useMutation(ReferCaseDocument);
  const involved = new Map<string, { id: string; name: string; acronym: string | null }>();
  involved.set(c.intakeAgency.id, c.intakeAgency);
  for (const r of c.referrals) involved.set(r.toAgency.id, r.toAgency);
  for (const s of c.services) involved.set(s.agency.id, s.agency);
  const [v, setV] = useState({ fromAgencyId: c.intakeAgency.id, toAgencyId: '', referredOn: today() });
  const labels = { fromAgencyId: t('cases.referFrom'), toAgencyId: t('cases.referTo'), referredOn: t('cases.referredOn') };
  const submit = errors.onSubmit({
    check: () => blankFields(v, ['toAgencyId', 'referredOn'], t('form.required')),
    save: async () => {
      await refer({ variables: { input: { caseId: c.id, ...v } } });
      onDone();
    },
  });
  return (
    <FormShell title={t('cases.refer')} onSubmit={submit} saving={loading} onCancel={onCancel} submitLabel={t('cases.referSubmit')}>
      <FormAlert errors={errors} fieldLabels={labels} />
      <div className="form-row">
        <SelectField
          label={labels.fromAgencyId}
          required
          value={v.fromAgencyId}
          onChange={(fromAgencyId) => setV({ ...v, fromAgencyId })}
          options={[...involved.values()].map((a) => ({ value: a.id, label: agencyLabel(a) }))}
          error={errors.field('fromAgencyId')}
        />
        <AgencySelect provinceCode={c.province.code} label={labels.toAgencyId} required value={v.toAgencyId} onChange={(toAgencyId) => setV({ ...v, toAgencyId })} error={errors.field('toAgencyId')} />
        <TextField label={labels.referredOn} type="date" required max={today()} value={v.referredOn} onChange={(referredOn) => setV({ ...v, referredOn })} error={errors.field('referredOn')} />
      </div>
    </FormShell>
  );
}

/** Accepts, declines or completes a referral addressed to the viewer's agency. */
export function RespondForm({ referralId, onDone, onCancel }: { referralId: string; onDone: () => void; onCancel: () => void }) {
  const { t, e } = useI18n();
  const errors = useFormErrors();
  const [respond, { loading }] = useMutation(RespondToReferralDocument);
  const [v, setV] = useState({ status: 'ACCEPTED', respondedOn: today() });
  const labels = { status: t('cases.response'), respondedOn: t('cases.respondedOn') };
  const submit = errors.onSubmit({
    save: async () => {
      await respond({ variables: { input: { referralId, status: v.status as ReferralStatus, respondedOn: v.respondedOn } } });
      onDone();
    },
  });
  return (
    <FormShell title={t('cases.respond')} onSubmit={submit} saving={loading} onCancel={onCancel} submitLabel={t('cases.respondSubmit')}>
      <FormAlert errors={errors} fieldLabels={labels} />
      <div className="form-row">
        <SelectField
          label={labels.status}
          required
          value={v.status}
          onChange={(status) => setV({ ...v, status })}
          options={(['ACCEPTED', 'DECLINED', 'COMPLETED'] as const).map((s) => ({ value: s, label: e('ReferralStatus', s) }))}
          error={errors.field('status')}
        />
        <TextField label={labels.respondedOn} type="date" required max={today()} value={v.respondedOn} onChange={(respondedOn) => setV({ ...v, respondedOn })} error={errors.field('respondedOn')} />
      </div>
    </FormShell>
  );
}

export function ServiceForm({ c, defaultAgencyId, onDone, onCancel }: { c: CaseDetailFragment; defaultAgencyId: string; onDone: () => void; onCancel: () => void }) {
  const { t, e } = useI18n();
  const errors = useFormErrors();
  const [record, { loading }] = useMutation(RecordServiceDocument);
  const [v, setV] = useState({ agencyId: defaultAgencyId, type: '', providedOn: today() });
  const labels = { agencyId: t('cases.serviceAgency'), type: t('cases.serviceType'), providedOn: t('cases.providedOn') };
  const submit = errors.onSubmit({
    check: () => blankFields(v, ['agencyId', 'type'], t('form.required')),
    save: async () => {
      await record({ variables: { input: { caseId: c.id, agencyId: v.agencyId, type: v.type as ServiceType, providedOn: v.providedOn } } });
      onDone();
    },
  });
  return (
    <FormShell title={t('cases.recordService')} onSubmit={submit} saving={loading} onCancel={onCancel} submitLabel={t('cases.serviceSubmit')}>
      <FormAlert errors={errors} fieldLabels={labels} />
      <div className="form-row">
        <AgencySelect provinceCode={c.province.code} label={labels.agencyId} required value={v.agencyId} onChange={(agencyId) => setV({ ...v, agencyId })} error={errors.field('agencyId')} />
        <SelectField
          label={labels.type}
          required
          value={v.type}
          onChange={(type) => setV({ ...v, type })}
          options={enumOptions('ServiceType', e)}
          placeholder={t('form.choose')}
          error={errors.field('type')}
        />
        <TextField label={labels.providedOn} type="date" required max={today()} value={v.providedOn} onChange={(providedOn) => setV({ ...v, providedOn })} error={errors.field('providedOn')} />
      </div>
    </FormShell>
  );
}

export function OutcomeForm({ c, onDone, onCancel }: { c: CaseDetailFragment; onDone: () => void; onCancel: () => void }) {
  const { t, e } = useI18n();
  const errors = useFormErrors();
  const [set, { loading }] = useMutation(SetCaseOutcomeDocument);
  const [v, setV] = useState({ outcome: c.outcome as string, closedOn: c.closedOn ?? '' });
  const labels = { outcome: t('common.outcome'), closedOn: t('cases.closedOn') };
  const submit = errors.onSubmit({
    save: async () => {
      await set({ variables: { input: { caseId: c.id, outcome: v.outcome as CaseOutcome, closedOn: v.closedOn || null } } });
      onDone();
    },
  });
  return (
    <FormShell title={t('cases.setOutcome')} onSubmit={submit} saving={loading} onCancel={onCancel} submitLabel={t('action.save')}>
      <FormAlert errors={errors} fieldLabels={labels} />
      <div className="form-row">
        <SelectField
          label={labels.outcome}
          required
          value={v.outcome}
          onChange={(outcome) => setV({ ...v, outcome })}
          options={enumOptions('CaseOutcome', e)}
          error={errors.field('outcome')}
        />
        <TextField label={labels.closedOn} type="date" max={today()} value={v.closedOn} onChange={(closedOn) => setV({ ...v, closedOn })} error={errors.field('closedOn')} hint={t('cases.closedHint')} />
      </div>
    </FormShell>
  );
}
