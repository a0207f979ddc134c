import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { enumOptions } from '../../ui/enum-options';
import { useViewer } from '../../session/session';
import type { IssueArea } from '../../gql/schema-types';
import { addDays, today } from '../../lib/dates';
import { PageHeader } from '../../ui/page';
import { blankFields, CheckboxGroup, FormAlert, SelectField, TextAreaField, TextField, orNull, useFormErrors, MAX_LENGTH } from '../../ui/form';
import { ProvinceSelect, useAgencyOptions } from '../../common/pickers';
import { IssueRecommendationDocument, OversightBodiesDocument } from './operations.generated';
import { FormActions } from '../../ui/form-actions';
import { ForbiddenPage } from '../../ui/refusals';

/**
 * Issuing a recommendation: an oversight account for the body its account names (fixed), an
 * administrator for any oversight body. The API decides who may (viewerPermissions).
 */
export default function RecommendationIssuePage() {
  const { t, e } = useI18n();
  const navigate = useNavigate();
  const { viewer, permissions } = useViewer();
  const errors = useFormErrors();
  const bodies = useQuery(OversightBodiesDocument, { fetchPolicy: 'cache-first' });
  const [issue, { loading }] = useMutation(IssueRecommendationDocument);
  // An account allowed to issue that names a body (an oversight account) issues for it; the
  // others (an administrator) choose the body.
  const ownBody = permissions.canIssueRecommendation ? viewer.agency : null;
  const [v, setV] = useState({
    reference: '',
    title: '',
    text: '',
    issuerId: ownBody?.id ?? '',
    issuedOn: today(),
    provinceCode: '',
    addresseeIds: [] as string[],
    issueAreas: [] as string[],
    responseDueOn: addDays(today(), 60),
  });
  const addressees = useAgencyOptions(v.provinceCode || null);
  const labels: Record<string, string> = {
    reference: t('recommendations.reference'),
    title: t('recommendations.fieldTitle'),
    text: t('recommendations.text'),
    issuerId: t('recommendations.issuer'),
    issuedOn: t('recommendations.issuedOn'),
    provinceCode: t('common.province'),
    addresseeIds: t('recommendations.addressees'),
    issueAreas: t('common.issueAreas'),
    responseDueOn: t('recommendations.responseDueOn'),
  };
  const back = { to: '/recommendations', label: t('nav.recommendations') };
  if (!permissions.canIssueRecommendation) {
    return <ForbiddenPage title={t('recommendations.new')} back={back} />;
  }

  const submit = errors.onSubmit({
    check: () => blankFields(v, ['title', 'text', 'issuerId', 'issuedOn', 'issueAreas'], t('form.required')),
    save: async () => {
      const res = await issue({
        variables: {
          input: {
            reference: orNull(v.reference),
            title: v.title.trim(),
            text: v.text.trim(),
            issuerId: v.issuerId,
            issuedOn: v.issuedOn,
            provinceCode: v.provinceCode || null,
            addresseeIds: v.addresseeIds,
            issueAreas: v.issueAreas as IssueArea[],
            responseDueOn: v.responseDueOn || null,
          },
        },
      });
      if (res.data) navigate(`/recommendations/${res.data.issueRecommendation.id}`, { state: { issued: true } });
    },
  });

  return (
    <>
      <PageHeader title={t('recommendations.new')} back={back} />
      <form className="form card" onSubmit={submit} noValidate aria-labelledby="page-title">
        <FormAlert errors={errors} fieldLabels={labels} />
        {ownBody ? (
          <p>
            {labels.issuerId}: <strong>{ownBody.name}</strong>
          </p>
        ) : (
          <SelectField
            label={labels.issuerId}
            required
            value={v.issuerId}
            onChange={(issuerId) => setV({ ...v, issuerId })}
            options={(bodies.data?.agencies.nodes ?? []).map((b) => ({ value: b.id, label: b.acronym ? `${b.acronym} · ${b.name}` : b.name }))}
            placeholder={bodies.loading ? t('state.loading') : t('form.choose')}
            error={errors.field('issuerId')}
          />
        )}
        <div className="form-row">
          <TextField label={labels.reference} value={v.reference} onChange={(reference) => setV({ ...v, reference })} error={errors.field('reference')} maxLength={MAX_LENGTH.reference} />
          <TextField label={labels.issuedOn} type="date" required value={v.issuedOn} onChange={(issuedOn) => setV({ ...v, issuedOn })} error={errors.field('issuedOn')} max={today()} />
          <TextField label={labels.responseDueOn} type="date" value={v.responseDueOn} onChange={(responseDueOn) => setV({ ...v, responseDueOn })} error={errors.field('responseDueOn')} />
        </div>
        <TextField label={labels.title} required value={v.title} onChange={(title) => setV({ ...v, title })} error={errors.field('title')} maxLength={MAX_LENGTH.title} />
        <TextAreaField label={labels.text} required value={v.text} onChange={(text) => setV({ ...v, text })} error={errors.field('text')} rows={8} maxLength={MAX_LENGTH.recommendationText} hint={t('recommendations.textHint', { max: MAX_LENGTH.recommendationText })} />
        <ProvinceSelect
          value={v.provinceCode}
          onChange={(provinceCode) => setV({ ...v, provinceCode, addresseeIds: [] })}
          allLabel={t('recommendations.national')}
          hint={t('recommendations.provinceHint')}
          error={errors.field('provinceCode')}
        />
        <CheckboxGroup
          legend={labels.issueAreas}
          required
          options={enumOptions('IssueArea', e)}
          value={v.issueAreas}
          onChange={(issueAreas) => setV({ ...v, issueAreas })}
          error={errors.field('issueAreas')}
        />
        <CheckboxGroup
          legend={labels.addresseeIds}
          options={addressees.options.filter((o) => (v.provinceCode ? true : o.national))}
          value={v.addresseeIds}
          onChange={(addresseeIds) => setV({ ...v, addresseeIds })}
          error={errors.field('addresseeIds')}
          hint={t('recommendations.addresseesHint')}
          filterable
        />
        <FormActions busy={loading} submitLabel={t('recommendations.save')} onCancel={() => navigate('/recommendations')} />
      </form>
    </>
  );
}
