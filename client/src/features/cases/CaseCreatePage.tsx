import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import { actsForAgency } from '../../app/home';
import { useViewer } from '../../session/session';
import type { AgeGroup, IssueArea, Sex } from '../../gql/schema-types';
import { today } from '../../lib/dates';
import { PageHeader } from '../../ui/page';
import { blankFields, FormAlert, SelectField, TextField, useFormErrors } from '../../ui/form';
import { AgencySelect, ProvinceSelect, useRegencyOptions } from '../../common/pickers';
import { RecordCaseDocument } from './operations.generated';
import { FormActions } from '../../ui/form-actions';
import { ForbiddenPage } from '../../ui/refusals';

/**
 * Records a case with categories and dates only. There is deliberately no field for a
 * name, address, birth date, identity number or narrative: the hub must never hold them.
 */
export default function CaseCreatePage() {
  const { t, e } = useI18n();
  const navigate = useNavigate();
  const { viewer, permissions } = useViewer();
  const errors = useFormErrors();
  const [record, { loading }] = useMutation(RecordCaseDocument);
  // A coordinator records in their province, a member in their agency's: the province of their scope.
  const fixedProvince = permissions.readScopeProvince ?? undefined;
  const [v, setV] = useState({
    provinceCode: fixedProvince ?? '',
    regencyCode: '',
    issueArea: '',
    victimAgeGroup: '',
    victimSex: '',
    reportedOn: today(),
    intakeAgencyId: actsForAgency(permissions) ? viewer.agency?.id ?? '' : '',
  });
  const regencies = useRegencyOptions(v.provinceCode || null);
  const labels: Record<string, string> = {
    provinceCode: t('common.province'),
    regencyCode: t('cases.regency'),
    issueArea: t('common.issueArea'),
    victimAgeGroup: t('cases.ageGroup'),
    victimSex: t('cases.sex'),
    reportedOn: t('cases.reportedOn'),
    intakeAgencyId: t('cases.intakeAgency'),
  };

  if (!permissions.canRecordCase)
    return <ForbiddenPage title={t('cases.record')} back={{ to: '/cases', label: t('nav.cases') }} />;

  const submit = errors.onSubmit({
    check: () => blankFields(v, ['provinceCode', 'issueArea', 'victimAgeGroup', 'victimSex', 'reportedOn', 'intakeAgencyId'], t('form.required')),
    save: async () => {
      const res = await record({
        variables: {
          input: {
            provinceCode: v.provinceCode,
            regencyCode: v.regencyCode || null,
            issueArea: v.issueArea as IssueArea,
            victimAgeGroup: v.victimAgeGroup as AgeGroup,
            victimSex: v.victimSex as Sex,
            reportedOn: v.reportedOn,
            intakeAgencyId: v.intakeAgencyId,
          },
        },
      });
      if (res.data) navigate(`/cases/${res.data.recordCase.id}`, { state: { created: true } });
    },
  });

  return (
    <>
      <PageHeader title={t('cases.record')} subtitle={t('cases.noPersonalData')} back={{ to: '/cases', label: t('nav.cases') }} />
      <form className="form" onSubmit={submit} noValidate aria-label={t('cases.record')}>
        <FormAlert errors={errors} fieldLabels={labels} />
        <div className="form-row">
          {fixedProvince ? (
            <TextField label={labels.provinceCode} value={viewer.province?.name ?? viewer.agency?.province?.name ?? fixedProvince} onChange={() => {}} readOnly />
          ) : (
            <ProvinceSelect required value={v.provinceCode} onChange={(provinceCode) => setV({ ...v, provinceCode, regencyCode: '', intakeAgencyId: '' })} error={errors.field('provinceCode')} />
          )}
          <SelectField label={labels.regencyCode} value={v.regencyCode} onChange={(regencyCode) => setV({ ...v, regencyCode })} options={regencies} placeholder={t('form.none')} error={errors.field('regencyCode')} />
        </div>
        <div className="form-row">
          <SelectField
            label={labels.issueArea}
            required
            value={v.issueArea}
            onChange={(issueArea) => setV({ ...v, issueArea })}
            options={enumOptions('IssueArea', e)}
            placeholder={t('form.choose')}
            error={errors.field('issueArea')}
          />
          <SelectField
            label={labels.victimAgeGroup}
            required
            value={v.victimAgeGroup}
            onChange={(victimAgeGroup) => setV({ ...v, victimAgeGroup })}
            options={enumOptions('AgeGroup', e)}
            placeholder={t('form.choose')}
            error={errors.field('victimAgeGroup')}
          />
          <SelectField
            label={labels.victimSex}
            required
            value={v.victimSex}
            onChange={(victimSex) => setV({ ...v, victimSex })}
            options={enumOptions('Sex', e)}
            placeholder={t('form.choose')}
            error={errors.field('victimSex')}
          />
        </div>
        <div className="form-row">
          <TextField label={labels.reportedOn} type="date" required max={today()} value={v.reportedOn} onChange={(reportedOn) => setV({ ...v, reportedOn })} error={errors.field('reportedOn')} />
          <AgencySelect provinceCode={v.provinceCode || null} label={labels.intakeAgencyId} required value={v.intakeAgencyId} onChange={(intakeAgencyId) => setV({ ...v, intakeAgencyId })} error={errors.field('intakeAgencyId')} />
        </div>
        <FormActions busy={loading} submitLabel={t('cases.recordSubmit')} onCancel={() => navigate('/cases')} />
      </form>
    </>
  );
}
