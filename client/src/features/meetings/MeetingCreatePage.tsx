import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../session/session';
import { today } from '../../lib/dates';
import { PageHeader } from '../../ui/page';
import { blankFields, CheckboxGroup, FormAlert, SelectField, TextAreaField, TextField, orNull, useFormErrors, MAX_LENGTH } from '../../ui/form';
import { ProvinceSelect, useAgencyOptions, useNetworkOptions } from '../../common/pickers';
import { RecordMeetingDocument } from './operations.generated';
import { FormActions } from '../../ui/form-actions';
import { ForbiddenPage } from '../../ui/refusals';

/** Records a meeting: when, who attended, short minutes. Follow-ups are added on its page next. */
export default function MeetingCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { viewer, permissions } = useViewer();
  const coordinatorProvince = permissions.managedProvince;
  const errors = useFormErrors();
  const [record, { loading }] = useMutation(RecordMeetingDocument);
  const [v, setV] = useState({ title: '', heldOn: today(), provinceCode: coordinatorProvince ?? '', networkId: '', attendeeIds: [] as string[], summary: '' });
  const agencies = useAgencyOptions(v.provinceCode || null);
  const networks = useNetworkOptions(v.provinceCode || null);
  const labels: Record<string, string> = {
    title: t('meetings.fieldTitle'),
    heldOn: t('meetings.heldOn'),
    provinceCode: t('common.province'),
    networkId: t('common.network'),
    attendeeIds: t('meetings.attendees'),
    summary: t('meetings.summary'),
  };

  if (!permissions.canRecordMeeting)
    return <ForbiddenPage title={t('meetings.record')} back={{ to: '/meetings', label: t('nav.meetings') }} />;

  const submit = errors.onSubmit({
    check: () => ({ ...blankFields(v, ['title', 'heldOn'], t('form.required')), ...blankFields(v, ['attendeeIds'], t('form.atLeastOne')) }),
    save: async () => {
      const res = await record({
        variables: {
          input: {
            title: v.title.trim(),
            heldOn: v.heldOn,
            provinceCode: v.provinceCode || null,
            networkId: v.networkId || null,
            attendeeIds: v.attendeeIds,
            summary: orNull(v.summary),
          },
        },
      });
      if (res.data) navigate(`/meetings/${res.data.recordMeeting.id}`, { state: { recorded: true } });
    },
  });

  return (
    <>
      <PageHeader title={t('meetings.record')} subtitle={t('meetings.recordHint')} back={{ to: '/meetings', label: t('nav.meetings') }} />
      <form className="form" onSubmit={submit} noValidate aria-label={t('meetings.record')}>
        <FormAlert errors={errors} fieldLabels={labels} />
        <TextField label={labels.title} required value={v.title} onChange={(title) => setV({ ...v, title })} error={errors.field('title')} maxLength={MAX_LENGTH.title} />
        <div className="form-row">
          <TextField label={labels.heldOn} type="date" required value={v.heldOn} max={today()} onChange={(heldOn) => setV({ ...v, heldOn })} error={errors.field('heldOn')} />
          {coordinatorProvince === null ? (
            <ProvinceSelect value={v.provinceCode} onChange={(provinceCode) => setV({ ...v, provinceCode, networkId: '', attendeeIds: [] })} allLabel={t('common.national')} error={errors.field('provinceCode')} />
          ) : (
            <TextField label={labels.provinceCode} value={viewer.province?.name ?? ''} onChange={() => {}} readOnly />
          )}
          <SelectField label={labels.networkId} value={v.networkId} onChange={(networkId) => setV({ ...v, networkId })} options={networks} placeholder={t('form.none')} error={errors.field('networkId')} />
        </div>
        <CheckboxGroup legend={labels.attendeeIds} required options={agencies.options} value={v.attendeeIds} onChange={(attendeeIds) => setV({ ...v, attendeeIds })} error={errors.field('attendeeIds')} filterable />
        <TextAreaField label={labels.summary} value={v.summary} onChange={(summary) => setV({ ...v, summary })} error={errors.field('summary')} rows={5} maxLength={MAX_LENGTH.meetingSummary} hint={t('meetings.summaryHint')} />
        <FormActions busy={loading} submitLabel={t('meetings.save')} onCancel={() => navigate(-1)} />
      </form>
    </>
  );
}
